/**
 * Case endings of names in the inflecting languages Parallax reads (uk, ru, be, pl, cs, de), so that every form of
 * a name meets its nominative: Путиным/Putinem → Putin, Łukaszence → Łukaszenk(a), Мінську → Мінськ, Києві → Києв.
 * Written down from standard grammars of each language (noun, adjective and surname declension tables).
 */

/** An ending and what replaces it: "ce" → "k" undoes the Polish k/c alternation (Łukaszenka → Łukaszence). */
type Ending = readonly [ending: string, replacements: readonly string[]]

interface Rules {
  /** Endings of singular forms, the ones names of people take. */
  readonly singular: readonly Ending[]
  /** Endings only plural nouns take ("Штатов", "Stanów"): tried for place names, never to merge people. */
  readonly plural: readonly Ending[]
  /** Stem-final rewrites applied to every form (Ukrainian Харків / Харкова: і in a closed syllable ~ о). */
  readonly stemFinal?: readonly (readonly [RegExp, string])[]
}

const strip = (...endings: string[]): Ending[] => endings.map((e) => [e, ['']] as const)

const RULES: Readonly<Record<string, Rules>> = {
  ru: {
    singular: strip(
      'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ою', 'ею', 'ым', 'им', 'ом', 'ем', 'ах', 'ях',
      'ую', 'юю', 'ая', 'яя', 'ые', 'ие', 'ый', 'ий', 'ых', 'их', 'ое', 'ее', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о',
      // Китай → Китая, Китае, Китаем
      'й',
    ),
    plural: strip('ов', 'ев', 'ам', 'ям'),
  },
  uk: {
    singular: [
      ...strip(
        'ами', 'ями', 'ого', 'ому', 'ими', 'ій', 'ої', 'ою', 'ею', 'єю', 'им', 'ім', 'их', 'іх', 'ом', 'ем', 'єм', 'ах', 'ях', 'ові', 'еві',
        'єві', 'ий', 'а', 'я', 'у', 'ю', 'е', 'є', 'и', 'і', 'ї', 'о', 'й',
      ),
      // Америка → Америці, Рига → Ризі: к/ц, г/з, х/с before the dative/locative і.
      ['ці', ['к']], ['зі', ['г']], ['сі', ['х']],
    ],
    plural: strip('ів', 'їв', 'ам', 'ям'),
    // Харків / Харкова, Львів / Львова, Київ / Києва: the nominative's і (ї) is о (є) in every other case.
    stemFinal: [[/ів$/u, 'ов'], [/їв$/u, 'єв']],
  },
  be: {
    singular: [
      ...strip(
        'амі', 'ямі', 'ага', 'яга', 'аму', 'яму', 'ымі', 'імі', 'ой', 'ай', 'ою', 'ёю', 'ым', 'ім', 'ам', 'ям', 'ем', 'ах',
        'ях', 'ую', 'юю', 'ая', 'ое', 'ыя', 'ія', 'ы', 'і', 'а', 'я', 'у', 'ю', 'е', 'о', 'й',
      ),
      // Амерыка → Амерыцы, Рыга → Рызе.
      ['цы', ['к']], ['зе', ['г']], ['се', ['х']],
    ],
    plural: strip('аў', 'яў'),
  },
  pl: {
    singular: [
      ...strip(
        'iego', 'iemu', 'ami', 'ach', 'owi', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'iej', 'ej', 'iem', 'ą', 'ę', 'om',
        'em', 'ym', 'im', 'ie', 'y', 'i', 'a', 'u', 'e', 'o',
      ),
      // Łukaszenka → Łukaszence, Praga → Pradze, Kreta → Krecie, Kanada → Kanadzie, Twer → Twerze, Bukareszt →
      // Bukareszcie; masculine-personal plurals Polak → Polacy, Norweg → Norwedzy; Niemcy → Niemczech, Włochy → Włoszech.
      ['ce', ['k']], ['dze', ['g']], ['cie', ['t']], ['dzie', ['d']], ['rze', ['r']], ['ście', ['st']], ['cy', ['k']],
      ['dzy', ['g']], ['czech', ['c']], ['szech', ['ch']],
    ],
    plural: strip('ów'),
  },
  cs: {
    singular: [
      ...strip(
        'ami', 'emi', 'ách', 'ech', 'ích', 'ům', 'ovi', 'ého', 'ému', 'ými', 'ým', 'ou', 'ám', 'em', 'ě', 'a', 'u', 'e', 'i',
        'í', 'y', 'o', 'é', 'ý', 'yj', 'ij',
      ),
      // Amerika → Americe, Praha → Praze, Riga → Rize.
      ['ce', ['k']], ['ze', ['h', 'g']], ['še', ['ch']], ['ře', ['r']],
    ],
    // "Spojených států": plural place names decline their adjective too.
    plural: strip('ů', 'ých'),
  },
  // German names inflect only in the genitive ("Putins", "Russlands"); adjectives of places take -e/-en/-er/-em
  // ("russischen", "Moskauer").
  de: { singular: strip('s', 'es', 'e', 'en', 'er', 'em', 'n'), plural: [] },
}

const MIN_STEM = 3

/** The languages whose names this module knows how to reduce: uk, ru, be, pl, cs, de. */
export const INFLECTING_LANGUAGES: readonly string[] = Object.keys(RULES)

/** True for the languages whose names this module knows how to reduce. */
export function isInflectingLanguage(lang: string | undefined): boolean {
  return lang !== undefined && Object.hasOwn(RULES, lang)
}

/**
 * The possible stems of a lower-cased name word in `lang`: the word itself, then the word less each case ending it
 * may carry (one per matching ending, alternations undone). `withPlural` adds plural-only endings (for place names).
 * Stems shorter than three letters are not produced: "Уфе" stays "уфе".
 *
 * @example nameStems('łukaszence', 'pl')  // ['łukaszence', 'łukaszenc', 'łukaszenk']
 */
export function nameStems(word: string, lang: string, withPlural = false): string[] {
  const rules = RULES[lang]
  if (!rules) return [word]
  const out = [finalRewrite(word, rules)]
  const add = (endings: readonly Ending[]): void => {
    for (const [ending, replacements] of endings) {
      if (!word.endsWith(ending)) continue
      const base = word.slice(0, word.length - ending.length)
      for (const r of replacements) {
        const stem = finalRewrite(base + r, rules)
        if (base.length >= 2 && stem.length >= MIN_STEM && !out.includes(stem)) out.push(stem)
      }
    }
  }
  add(rules.singular)
  if (withPlural) add(rules.plural)
  return out
}

function finalRewrite(stem: string, rules: Rules): string {
  if (!rules.stemFinal) return stem
  for (const [re, to] of rules.stemFinal) stem = stem.replace(re, to)
  return stem
}
