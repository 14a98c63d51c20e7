import type { LexiconLanguage } from './language.js'

/**
 * Suffix tables of the light stemmers. The endings are the inflections of standard grammars (case endings of
 * nouns and adjectives, present and past verb endings, infinitives, participles built on adjective endings,
 * deverbal nouns in -ние/-ння/-nie/-ní). They are not meant to find the linguistic root: what matters is that a
 * dictionary form and its inflected forms strip to the same string. Tables are compiled once, at import.
 */
export interface SuffixRules {
  /** Letters that count as vowels: a stem must keep one ("мнение" does not become "мн"). */
  readonly vowels: ReadonlySet<string>
  /** Per-letter folds after lower-casing. */
  readonly fold: ReadonlyMap<string, string>
  /** Shortest stem kept, in letters; words this short or shorter are left whole. */
  readonly minStem: number
  /** Reflexive particles glued to verbs ("-ся"), stripped before the endings. */
  readonly reflexive: readonly EndingGroup[]
  /** Inflectional endings by length, longest first. */
  readonly endings: readonly EndingGroup[]
  /**
   * Endings of dictionary forms only (nominative singular, plural-only nouns, masculine adjective, infinitive,
   * deverbal noun): a headword strips one of these, so "страна" stays "стран" where the full table would read
   * "-на" as a verb ending ("стра").
   */
  readonly citation: readonly EndingGroup[]
  /** Try the whole word before any stem at look-up: German dictionary forms keep endings ("Minister", "-er"). */
  readonly wholeWordFirst: boolean
  /**
   * Rewrites after stripping, each tried once in order: Snowball's "-и"/"-ь"/"-нн" clean-up ("военн" → "воен"),
   * then the mobile vowel of "-ец"/"-ок" nouns, so "беженец" meets "беженцев" and "звонок" meets "звонка".
   */
  readonly after: readonly (readonly [string, string])[]
}

/**
 * Endings of one length. An ending written "а|ет" matches "-ает" but strips only "-ет": Russian verb endings
 * of the first class count only after а/я ("читает" → "чита", while "совет" keeps its "-ет").
 */
export interface EndingGroup {
  readonly length: number
  /** Matched tail → how many letters of it to strip. */
  readonly strip: ReadonlyMap<string, number>
}

function groups(endings: readonly string[]): EndingGroup[] {
  const byLength = new Map<number, Map<string, number>>()
  for (const spec of endings) {
    const bar = spec.indexOf('|')
    const tail = spec.replace('|', '')
    if (tail.length === 0) continue
    const strip = bar < 0 ? tail.length : tail.length - bar
    const map = byLength.get(tail.length) ?? new Map<string, number>()
    // The same tail from two tables ("ують" as "-ують" and as "у|ють"): strip the longer part, so both
    // readings of the verb ("підтримують", "підтримувати") meet.
    map.set(tail, Math.max(strip, map.get(tail) ?? strip))
    byLength.set(tail.length, map)
  }
  return [...byLength.entries()].sort((a, b) => b[0] - a[0]).map(([length, strip]) => ({ length, strip }))
}

function preceded(keep: readonly string[], endings: readonly string[]): string[] {
  return keep.flatMap((k) => endings.map((e) => `${k}|${e}`))
}

function cross(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  return prefixes.flatMap((p) => suffixes.map((s) => p + s))
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean)
}

// Russian: the classes of the Snowball Russian stemmer (first-class verb endings and participles only after а/я),
// plus "-овать/-ует" verbs and deverbal nouns so that "атаковать", "атакует", "атакующий" meet.
const RU_ADJ = words('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею')
const RU_PARTICIPLE = [...cross(preceded(['а', 'я'], words('ем нн вш ющ щ')), RU_ADJ), ...cross(words('ивш ывш ующ'), RU_ADJ)]
const RU_NOUN = words('а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я')
const RU_VERB = [
  ...preceded(['а', 'я'], words('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно в вши вшись')),
  ...words('ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю'),
  ...words('ив ивши ившись ыв ывши ывшись овать евать овал овала овало овали ован ована овано ованы'),
]
const RU_DEVERBAL = [...cross(preceded(['а', 'я'], ['ни']), words('е я ю ем и й ям ями ях')), ...cross(['ени'], words('е я ю ем и й ям ями ях'))]

// Ukrainian: the same scheme with Ukrainian endings (infinitive "-ти", past "-в/-ла", 3pl "-ють/-ять").
const UK_ADJ = words('ий ій а я е є у ю ого ього ому ьому ім им их іх ими іми ої ою ую юю ая яя ее')
const UK_PARTICIPLE = [...cross(words('уюч юч ач яч'), UK_ADJ), ...cross(preceded(['а', 'я', 'е'], ['н']), UK_ADJ), ...cross(['ен'], UK_ADJ)]
const UK_NOUN = words('а я о е є у ю и і ї ь й ам ям ами ями ах ях ів їв ей ом ем ою ею єю ові еві єві ію ія ій ії')
const UK_VERB = [
  ...preceded(['а', 'я', 'і', 'у'], words('ти ю єш є ємо єте ють в ла ло ли ймо йте ть')),
  ...words('ити іти ить ять иш имо ите ив ила ило или ів іла іло іли ує ують ую ем ете уть ать ять ємо еш'),
  ...words('увати ювати ував увала увало ували ював ювала ювали ює юють юємо юєте'),
]
const UK_DEVERBAL = cross(words('енн анн янн уванн ін'), words('я ю ям ями ях і ь'))

// Belarusian: infinitive "-ць/-ці", past "-ў/-ла", deverbal "-нне".
const BE_ADJ = words('ы і ая яя ае яе ую юю ага яга аму яму ым ім ых іх ымі імі ой ай ей')
const BE_PARTICIPLE = [...cross(words('уюч юч ач яч'), BE_ADJ), ...cross(preceded(['а', 'я', 'е'], ['н']), BE_ADJ)]
const BE_NOUN = words('а я о е ё у ю ы і ь й ам ям амі ямі ах ях аў яў ей ом ем ой ою ёй ёю ія іі ію')
const BE_VERB = [
  ...preceded(['а', 'я', 'е', 'у'], words('ць ці ю еш е ем еце юць ў ла ло лі')),
  ...words('іць ыць ім ым іш ыш іце ыце яць аць іў іла іло ілі ыў ыла ыло ылі уюць ююць уе'),
  ...words('оўваць яваць ываць іваць аваць'),
]
const BE_DEVERBAL = cross(words('енн анн янн ен ан ян'), words('е я ю ем ям ямі ях і'))

// Polish: verb forms lose their theme vowel too ("czytać", "czyta", "czytają" → "czyt"), which keeps present,
// past and infinitive together.
const PL_ADJ = words('y i a e ą ej ego emu ym im ymi imi ych ich ie owy owa owe owego owej owym owych owymi')
const PL_NOUN = words('a ą ę e i y o u ów om ami ach em iem owi ie ia ii ią ię io iu iom iami iach')
const PL_VERB = words(
  `ć ać eć ić yć uć ować ywać iwać ąć
   ę esz e emy ecie ą am asz amy acie ają em iesz ie iemy iecie ieją isz imy icie ią ysz ymy ycie
   uje ujesz ujemy ujecie ują
   ł ła ło li ły ał ała ało ali ały ił iła iło ili iły ył yła yło yli yły eł ała
   ował owała owało owali owały ywał ywała ywali iwał iwała iwali`,
)
const PL_PARTICIPLE = cross(words('ąc ując any ony ani eni ęt ow'), PL_ADJ)
const PL_DEVERBAL = cross(words('ani eni ieni owani ęci'), words('e a u em ach om ami'))

// Czech (after Dolamic & Savoy's light stemmer), with verb and deverbal endings.
const CS_ADJ = words('ý á é í ého ému ém ým ých ými ou ího ímu ím ích ími ova ovo ovi ové ův')
const CS_NOUN = words('a e ě i o u y á é í ů ou em ám ách ami ama ech ích ům mi ové ovi ata aty atům atech ětem ete eti')
const CS_VERB = words(
  `at et ět it ít ovat nout out
   u i e eš eme ete ou ím íš í íme íte ují uje uješ ujeme ujete ám áš á áme áte ají
   l la lo li ly al ala alo ali aly el ela elo eli ely il ila ilo ili ily ul ula ulo uli oval ovala ovalo ovali`,
)
const CS_PARTICIPLE = cross(words('en ěn an ován ující ící ající'), words('ý á é í ého ému ém ým ých ými ou a o i y'))
const CS_DEVERBAL = cross(words('ení ění ání ování'), words('_ m mi ch')).map((e) => e.replace('_', ''))

// German ----------------------------------------------------------------------------------------------------
// Light on purpose (after Savoy's German light stemmer): plural and case endings only; "-s" only after the
// letters a genitive or plural "-s" follows ("Prozess" keeps its "s"). "-ung" and verb "-te" stay, because
// stripping them merges unrelated words ("Zeitung" / "Zeit").
const DE_S = preceded(words('b d f g h k l m n r t'), ['s'])
const DE_ENDINGS = [...words('e en er ern em es n nen innen in'), ...DE_S]
// Dictionary forms never end in a case "-er": "Wirtschafter" (steward) keeps its "-er" and stays apart from
// "Wirtschaft" (economy).
const DE_CITATION = [...words('e en n'), ...DE_S]

const RU_CITATION = [
  ...words('а я о е ь й ие ия ье ья ы и ый ий ой ая яя ое ее ые ие ить ыть еть уть оть ти чь овать евать ение'),
  ...preceded(['а', 'я'], words('ть ние')),
]
const UK_CITATION = [
  ...words('а я о е є ь й ія и і ий ій ити іти ути увати ювати ть'),
  ...preceded(['а', 'я', 'і', 'у'], ['ти']),
  ...cross(words('енн анн янн уванн'), ['я']),
]
const BE_CITATION = [
  ...words('а я о е ь й ія ы і ая яя ае яе іць ыць аць яць'),
  ...preceded(['а', 'я', 'е', 'у'], words('ць ці')),
  ...cross(words('енн анн янн ен ан ян'), ['е']),
]
const PL_CITATION = [...words('a o e y i ę um owy owa owe ć ać eć ić yć uć ować ywać iwać ąć'), ...cross(words('ani eni ieni owani ęci'), ['e'])]
const CS_CITATION = words('a o e ě í y i ý á é at et ět it ít ovat nout out ení ění ání ování')

const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєў'

export const SUFFIX_RULES: Readonly<Record<LexiconLanguage, SuffixRules>> = {
  ru: {
    vowels: new Set(CYRILLIC_VOWELS),
    fold: new Map([['ё', 'е']]),
    minStem: 3,
    reflexive: groups(['ся', 'сь']),
    endings: groups([...RU_ADJ, ...RU_NOUN, ...RU_VERB, ...RU_PARTICIPLE, ...RU_DEVERBAL]),
    citation: groups(RU_CITATION),
    wholeWordFirst: false,
    after: [['и', ''], ['ь', ''], ['нн', 'н'], ['ец', 'ц'], ['ок', 'к']],
  },
  uk: {
    vowels: new Set(CYRILLIC_VOWELS),
    fold: new Map([['ʼ', ''], ["'", ''], ['’', ''], ['ґ', 'г']]),
    minStem: 3,
    reflexive: groups(['ся', 'сь']),
    endings: groups([...UK_ADJ, ...UK_NOUN, ...UK_VERB, ...UK_PARTICIPLE, ...UK_DEVERBAL]),
    citation: groups(UK_CITATION),
    wholeWordFirst: false,
    after: [['і', ''], ['ь', ''], ['нн', 'н'], ['ец', 'ц'], ['ок', 'к']],
  },
  be: {
    vowels: new Set(CYRILLIC_VOWELS),
    fold: new Map([['ʼ', ''], ["'", ''], ['’', ''], ['ё', 'е'], ['ґ', 'г']]),
    minStem: 3,
    reflexive: groups(['ся', 'цца', 'сь']),
    endings: groups([...BE_ADJ, ...BE_NOUN, ...BE_VERB, ...BE_PARTICIPLE, ...BE_DEVERBAL]),
    citation: groups(BE_CITATION),
    wholeWordFirst: false,
    after: [['і', ''], ['ь', ''], ['нн', 'н'], ['ец', 'ц'], ['ак', 'к']],
  },
  pl: {
    vowels: new Set('aąeęioóuy'),
    fold: new Map(),
    minStem: 3,
    reflexive: [],
    endings: groups([...PL_ADJ, ...PL_NOUN, ...PL_VERB, ...PL_PARTICIPLE, ...PL_DEVERBAL]),
    citation: groups(PL_CITATION),
    wholeWordFirst: false,
    after: [['i', ''], ['nn', 'n'], ['ek', 'k'], ['ec', 'c'], ['er', 'r']],
  },
  cs: {
    vowels: new Set('aáeéěiíoóuúůyý'),
    fold: new Map(),
    minStem: 3,
    reflexive: [],
    endings: groups([...CS_ADJ, ...CS_NOUN, ...CS_VERB, ...CS_PARTICIPLE, ...CS_DEVERBAL]),
    citation: groups(CS_CITATION),
    wholeWordFirst: false,
    after: [['nn', 'n'], ['ek', 'k'], ['ec', 'c']],
  },
  de: {
    vowels: new Set('aeiouy'),
    fold: new Map([['ä', 'a'], ['ö', 'o'], ['ü', 'u'], ['ß', 'ss']]),
    minStem: 4,
    reflexive: [],
    endings: groups(DE_ENDINGS),
    citation: groups(DE_CITATION),
    wholeWordFirst: true,
    after: [],
  },
}
