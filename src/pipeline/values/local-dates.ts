/**
 * Date patterns for uk, ru, be, pl, cs, de, built once per language from its month names (month-names.ts) and
 * grammar (date-grammar.ts). They give the same normalised values as the English ones in dates.ts: "6 декабря",
 * "6. prosince" and "December 6" are one day; "w drugiej połowie przyszłego roku" and "the second half of next
 * year" one interval.
 */
import { memoizeByKey } from '../memoize.js'
import { day, month, part, range, span, type DatePattern } from './calendar.js'
import { DATE_GRAMMARS, type DateGrammar } from './date-grammar.js'
import { monthNames, type MonthNames } from './month-names.js'
import { lexiconKey, numberLexicon } from './number-lexicon.js'

/** The patterns of `lang`, or undefined where English patterns apply (en, und, any other language, none). */
export function localDatePatterns(lang: string | undefined): readonly DatePattern[] | undefined {
  return lang !== undefined && Object.hasOwn(DATE_GRAMMARS, lang) ? patternsFor(lang) : undefined
}

const patternsFor = memoizeByKey((lang: string): readonly DatePattern[] => buildPatterns(lang, DATE_GRAMMARS[lang]!, monthNames(lang)))

// Word boundaries: \b is ASCII-only in JavaScript, so it would split Cyrillic and Polish words.
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const YEAR_DIGITS = '(?:19|20)\\d\\d(?![\\p{N}])'

/**
 * `anchor`, when `context` comes just before it; the match starts at `anchor` and `context` is the group named
 * `before`, which findDates takes into the span. Patterns led by common words ("во второй половине", "в декабре")
 * match from a rarer token this way (the half-year noun, the year, the year noun): tried at every word they were
 * the slowest part, and a lookbehind placed first is tried at every position (slower still).
 */
function after(anchor: string, context: string): string {
  return `(?:${anchor})(?<=(?<before>${context})(?:${anchor}))`
}

/**
 * Patterns use named groups: day, month, year, rel (a relative year phrase), adj (its adjective, when the match
 * starts at the year noun), ordWord / ordFig / ordNum, q / qyear, early / mid / late, and before (see after()).
 */
function buildPatterns(lang: string, g: DateGrammar, months: MonthNames): DatePattern[] {
  const re = (source: string): RegExp => new RegExp(source, 'gu')
  const alternatives = (forms: readonly string[]): string =>
    [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const afterDay = `(?<month>${alternatives(months.afterDay)})(?![\\p{L}])`
  const anyMonth = `(?<month>${alternatives(months.all)})(?![\\p{L}])`
  const lead = new RegExp(`[^\\p{L}\\p{N}]((?:${g.prepositions})\\s+${g.articles ? `(?:(?:${g.articles})\\s+)?` : ''})$`, 'u')
  const yearNoun = `(?:${g.yearNouns})(?![\\p{L}])`
  const relative = `(?:${g.relativeAdjectives})\\s+${yearNoun}${g.relativeWords ? `|${g.relativeWords}` : ''}`
  const yearBefore = g.yearBefore ? `(?:(?:${g.yearBefore})\\s+)?` : ''
  const yearAfter = g.yearAfter ? `(?:\\s*(?:${g.yearAfter})(?![\\p{L}]))?` : ''
  // "в 2025-м году", "1925-й"; "1880-х" (a decade) is not a year.
  const suffix = g.yearSuffix ? `(?:-(?:${g.yearSuffix})(?![\\p{L}]))?` : ''
  const year = `(?<year>${YEAR_DIGITS})${suffix}${yearAfter}`
  // An explicit year with its words ("roku 2025", "2025 году"), or a relative year.
  const yearRef = `(?:${yearBefore}${year}|(?<rel>${relative}))`
  // Inside a lookbehind these match right to left: a Roman figure takes no ending, or "iii" would read as "i" + "ii".
  const ordinal = `(?<ordWord>${g.ordinals.join('|')})\\p{L}*|(?<ordFig>iv|i{1,3})|(?<ordNum>[1-4])(?:-?\\p{L}{1,3}|\\.)?`
  const monthOf = (name: string | undefined): number => (name ? (months.index.get(name) ?? 0) : 0)
  const yearOfRef = (m: RegExpExecArray, ref: Date | undefined): number | undefined => {
    const { year: explicit, rel } = m.groups!
    return explicit ? Number(explicit) : relativeYear(rel, ref, g)
  }
  const dayDot = g.isDayDotted ? '\\.' : '(?:-?(?:го|е|ого|ее))?\\.?'
  const countFollows = isCountAfter(lang, g)

  return [
    // "06.12.2024", "6. 12. 2024"
    {
      re: re(`(?<![\\p{N}.,])(?<day>\\d{1,2})\\.\\s?(?<month>\\d{1,2})\\.\\s?(?<year>${YEAR_DIGITS})${yearAfter}`),
      parse: (m, ref) => {
        const { day: d, month: mm, year: y } = m.groups!
        return Number(mm) <= 12 ? day(Number(mm), Number(d), y, ref) : null
      },
    },
    // "6 декабря 2024 года", "6 grudnia", "6. Dezember 2024", "6 декабря прошлого года"; "9-10 лютого", "с 9 по 10
    // декабря", "od 9 do 10 grudnia" are their first day, as "December 9-10" is in English
    {
      re: re(`${B}(?<day>\\d{1,2})(?:${dayDot}\\s*(?:[-–—]|\\s(?:по|до|do|až|bis)\\s)\\s*\\d{1,2})?${dayDot}\\s*${afterDay}(?:\\s+${yearRef})?`),
      parse: (m, ref, text) => {
        const { day: d, month: name, year: explicit, rel } = m.groups!
        if (explicit && countFollows(text, m, 'unit')) return null
        const y = yearOfRef(m, ref)
        const value = day(monthOf(name), Number(d), y === undefined ? undefined : String(y), ref)
        return value && rel ? { ...value, isRelative: true } : value
      },
    },
    // "во второй половине следующего года", "w pierwszym półroczu 2025 r.", "in der zweiten Hälfte des Jahres 2025"
    {
      re: re(`${after(g.halfNouns, `${B}(?:${ordinal})\\s+`)}\\s+${yearRef}`),
      lead,
      parse: (m, ref) => {
        const n = ordinalOf(m.groups!, g)
        if (n !== 1 && n !== 2) return null
        return span(yearOfRef(m, ref), `H${n}`, !m.groups!.year)
      },
    },
    // "в третьем квартале 2025 года", "w III kwartale", "im dritten Quartal 2025", "Q3 2025"
    {
      re: re(`${after(g.quarterNouns, `${B}(?:${ordinal})\\s+`)}\\s+${yearRef}|${B}q(?<q>[1-4])\\s+(?<qyear>${YEAR_DIGITS})`),
      lead,
      parse: (m, ref) => {
        const { q, qyear } = m.groups!
        if (q) return span(Number(qyear), `Q${q}`, false)
        const n = ordinalOf(m.groups!, g)
        return n === 0 ? null : span(yearOfRef(m, ref), `Q${n}`, !m.groups!.year)
      },
    },
    // "в декабре 2024 года", "grudzień 2024", "im Dezember 2024"
    {
      re: re(`(?<year>${after('(?:19|20)\\d\\d', `${B}${anyMonth}\\s+${yearBefore}`)})(?![\\p{N}])${suffix}${yearAfter}`),
      parse: (m, _ref, text) => {
        // "в ноябре 1910 человек": a month, then a count.
        if (countFollows(text, m, 'unit')) return null
        return month(Number(m.groups!.year), monthOf(m.groups!.month))
      },
    },
    // "в декабре прошлого года", "w grudniu ubiegłego roku"
    {
      re: re(`${after(g.yearNouns, `${B}${anyMonth}\\s+(?<adj>${g.relativeAdjectives})\\s+`)}(?![\\p{L}])`),
      parse: (m, ref) => {
        const y = relativeYear(m.groups!.adj, ref, g)
        const value = y === undefined ? null : month(y, monthOf(m.groups!.month))
        return value && { ...value, isRelative: true }
      },
    },
    // "2024-2026", "2024–26", "в 2024–2026 годах"
    {
      re: re(`${B}(?<year>${YEAR_DIGITS})\\s*[-–—]\\s*(?<to>(?:19|20)?\\d\\d)(?![\\p{N}])${yearAfter}`),
      parse: (m) => range(Number(m.groups!.year), m.groups!.to!),
    },
    // "в начале следующего года", "pod koniec 2025 r.", "Anfang 2026", "Ende des nächsten Jahres"
    {
      re: re(`(?:(?<early>${g.early})|(?<mid>${g.mid})|(?<late>${g.late}))(?<=${B}(?:${g.early}|${g.mid}|${g.late}))\\s+${g.articles ? `(?:(?:${g.articles})\\s+)?` : ''}${yearRef}`),
      lead,
      parse: (m, ref) => {
        const { early, mid } = m.groups!
        return part(yearOfRef(m, ref), early ? 'early' : mid ? 'mid' : 'late', !m.groups!.year)
      },
    },
    // "в следующем году", "наступного року", "w przyszłym roku", "im nächsten Jahr"; "торік", "letos"
    {
      re: re(`${after(g.yearNouns, `${B}(?<adj>${g.relativeAdjectives})\\s+`)}(?![\\p{L}])${g.relativeWords ? `|${B}(?<rel>${g.relativeWords})${E}` : ''}`),
      lead,
      parse: (m, ref) => part(relativeYear(m.groups!.adj ?? m.groups!.rel, ref, g), undefined, true),
    },
    // "в 2025 году", "у 2025 році", "w 2025 r.", "v roce 2025", "im Jahr 2025", "2025"
    {
      re: re(`${B}(?<yearWord>${g.yearBefore ? `(?:${g.yearBefore})\\s+` : ''})?(?<year>${YEAR_DIGITS})${suffix}(?![-–]\\d|-\\p{L})(?<after>${g.yearAfter ? `\\s*(?:${g.yearAfter})(?![\\p{L}])` : ''})?`),
      lead,
      parse: (m, _ref, text) => {
        const { yearWord, year: y, after } = m.groups!
        if (after) return part(Number(y), undefined, false)
        // A bare figure followed by a unit is a quantity ("2000 человек", "1500 km"), and so, where years are
        // written with their noun ("в 2025 году"), is one followed by a noun: "відтермінувала 1910 виписок".
        const isBare = !yearWord && !lead.test(` ${m.input.slice(Math.max(0, m.index - 24), m.index)}`)
        return countFollows(text, m, isBare ? 'noun' : 'unit') ? null : part(Number(y), undefined, false)
      },
    },
    // "в 1897 году", "v roce 1691": years before 1900 only with their noun (a bare "1897" may be any figure).
    {
      re: re(
        `${B}(?:${g.yearBefore ? `(?:${g.yearBefore})\\s+(?<early>1[0-8]\\d\\d)(?![\\p{N}])|` : ''}` +
          `(?<year>1[0-8]\\d\\d)${suffix}\\s*(?:${g.yearAfter ?? '(?!)'})(?![\\p{L}]))`,
      ),
      lead,
      parse: (m) => part(Number(m.groups!.early ?? m.groups!.year), undefined, false),
    },
  ]
}

/** The year a relative phrase names, from the reference date; undefined without one (or without a phrase). */
function relativeYear(phrase: string | undefined, ref: Date | undefined, g: DateGrammar): number | undefined {
  if (phrase === undefined || !ref) return undefined
  return ref.getUTCFullYear() + relativeOffset(phrase, g)
}

function relativeOffset(phrase: string, g: DateGrammar): number {
  if (g.nextStems.some((s) => phrase.includes(s))) return 1
  if (g.lastStems.some((s) => phrase.includes(s))) return -1
  return 0
}

/** 1–4 from an ordinal word ("второй", "trzecim") or figure ("iii", "3-м"); 0 when none. */
function ordinalOf(groups: Record<string, string | undefined>, g: DateGrammar): number {
  const { ordWord, ordFig, ordNum } = groups
  if (ordWord) return g.ordinals.indexOf(ordWord) + 1
  if (ordFig) return ['i', 'ii', 'iii', 'iv'].indexOf(ordFig) + 1
  return ordNum ? Number(ordNum) : 0
}

/**
 * True when the figure a match ends with is a count, not a year: the next word is a unit, currency, percent or
 * scale word ("2000 человек", "1500 %"), or, with `'noun'` in a language that writes years with their noun
 * ("в 2025 году"), a lower-case word other than a function word ("1910 виписок").
 */
function isCountAfter(lang: string, g: DateGrammar): (text: string, m: RegExpExecArray, what: 'unit' | 'noun') => boolean {
  const lexicon = numberLexicon(lang)
  const next = /[ \u00A0\u202F\u2009]*(%|\p{L}+\.?)/uy
  return (text, m, what) => {
    next.lastIndex = m.index + m[0].length
    const word = next.exec(text)?.[1]
    if (!word || !lexicon) return false
    const key = lexiconKey(word)
    if (lexicon.words.has(key) || lexicon.words.has(key.replace(/\.$/, ''))) return true
    return what === 'noun' && g.isYearNounUsual && word !== word.toUpperCase() && key === word.replace(/[’ʼ]/g, "'") && !lexicon.functionWords.has(key)
  }
}
