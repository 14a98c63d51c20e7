/**
 * Date patterns for uk, ru, be, pl, cs, de, built once per language from its month names (month-names.ts) and
 * grammar (date-grammar.ts). They give the same normalised values as the English ones in dates.ts: "6 декабря",
 * "6. prosince" and "December 6" are one day; "w drugiej połowie przyszłego roku" and "the second half of next
 * year" one interval.
 */
import { memoizeByKey } from '../memoize.js'
import { day, month, part, range, span, type DatePattern, type DateValue } from './calendar.js'
import { DATE_GRAMMARS, type DateGrammar } from './date-grammar.js'
import { monthNames, type MonthNames } from './month-names.js'
import { lexiconKey, numberLexicon } from './number-lexicon.js'

/** The patterns of `lang`, or undefined where English patterns apply (en, und, any other language, none). */
export function localDatePatterns(lang: string | undefined): readonly DatePattern[] | undefined {
  return lang !== undefined && DATE_GRAMMARS[lang] ? patternsFor(lang) : undefined
}

const patternsFor = memoizeByKey((lang: string): readonly DatePattern[] => buildPatterns(lang, DATE_GRAMMARS[lang]!, monthNames(lang)))

// Word boundaries: \b is ASCII-only in JavaScript, so it would split Cyrillic and Polish words.
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
const YEAR = '((?:19|20)\\d\\d)(?![\\p{N}])'

function buildPatterns(lang: string, g: DateGrammar, months: MonthNames): DatePattern[] {
  const re = (source: string): RegExp => new RegExp(source, 'giu')
  const alternatives = (forms: readonly string[]): string =>
    [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const afterDay = `(${alternatives(months.afterDay)})(?![\\p{L}])`
  const anyMonth = `(${alternatives(months.all)})(?![\\p{L}])`
  const lead = `(?:(?:${g.prepositions})\\s+${g.articles ? `(?:(?:${g.articles})\\s+)?` : ''})?`
  const relative = `(?:${g.relativeAdjectives})\\s+(?:${g.yearNouns})(?![\\p{L}])${g.relativeWords ? `|${g.relativeWords}` : ''}`
  // An explicit year with its words ("roku 2025", "2025 году"), or a relative year: two capturing groups.
  const yearBefore = g.yearBefore ? `(?:(?:${g.yearBefore})\\s+)?` : ''
  const yearAfter = g.yearAfter ? `(?:\\s*(?:${g.yearAfter})(?![\\p{L}]))?` : ''
  // "в 2025-м году", "1925-й"; "1880-х" (a decade) is not a year.
  const year = g.yearSuffix ? `${YEAR}(?:-(?:${g.yearSuffix})(?![\\p{L}]))?` : YEAR
  const yearRef = `(?:${yearBefore}${year}${yearAfter}|(${relative}))`
  const ordinal = `(${g.ordinals.join('|')})\\p{L}*|(IV|I{1,3}|[1-4])(?:-?\\p{L}{1,3}|\\.)?`
  const monthOf = (name: string): number => months.index.get(name.toLowerCase()) ?? 0
  const offsetOf = (phrase: string): number => relativeOffset(phrase, g)
  const dayDot = g.isDayDotted ? '\\.' : '(?:-?(?:го|е|ого|ее))?\\.?'
  const countFollows = isCountAfter(lang, g)

  return [
    // "06.12.2024", "6. 12. 2024"
    {
      re: re(`(?<![\\p{N}.,])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}${yearAfter}`),
      parse: (m, ref) => (Number(m[2]) <= 12 ? day(Number(m[2]), Number(m[1]), m[3], ref) : null),
    },
    // "6 декабря 2024 года", "6 grudnia", "6. Dezember 2024", "6 декабря прошлого года"; "9-10 лютого" is its first day, as in English
    {
      re: re(`${B}(\\d{1,2})(?:${dayDot}\\s*[-–—]\\s*\\d{1,2})?${dayDot}\\s*${afterDay}(?:\\s+${yearRef})?`),
      parse: (m, ref) => {
        if (m[3] && countFollows(m, 'unit')) return null
        const year = m[3] ?? relativeYear(m[4], ref, offsetOf)
        const value = day(monthOf(m[2]!), Number(m[1]), year === undefined ? undefined : String(year), ref)
        return value && m[4] ? { ...value, isRelative: true } : value
      },
    },
    // "во второй половине следующего года", "w pierwszym półroczu 2025 r.", "in der zweiten Hälfte des Jahres 2025"
    {
      re: re(`${B}${lead}(?:${ordinal})\\s+(?:${g.halfNouns})\\s+${yearRef}`),
      parse: (m, ref) => {
        const n = ordinalOf(m[1], m[2], g)
        if (n !== 1 && n !== 2) return null
        return span(m[3] ? Number(m[3]) : relativeYear(m[4], ref, offsetOf), `H${n}`, m[3] === undefined)
      },
    },
    // "в третьем квартале 2025 года", "w III kwartale", "im dritten Quartal 2025", "Q3 2025"
    {
      re: re(`${B}${lead}(?:(?:${ordinal})\\s+(?:${g.quarterNouns})\\s+${yearRef}|Q([1-4])\\s+${YEAR})`),
      parse: (m, ref) => {
        if (m[5]) return span(Number(m[6]), `Q${m[5]}`, false)
        const n = ordinalOf(m[1], m[2], g)
        if (n === 0) return null
        return span(m[3] ? Number(m[3]) : relativeYear(m[4], ref, offsetOf), `Q${n}`, m[3] === undefined)
      },
    },
    // "в декабре 2024 года", "grudzień 2024", "im Dezember 2024", "в декабре прошлого года"
    {
      re: re(`${B}${anyMonth}\\s+${yearRef}`),
      parse: (m, ref) => {
        // "в ноябре 1910 человек": a month, then a count.
        if (m[2] && countFollows(m, 'unit')) return null
        const y = m[2] ? Number(m[2]) : relativeYear(m[3], ref, offsetOf)
        const value = y === undefined ? null : month(y, monthOf(m[1]!))
        return value && m[3] ? { ...value, isRelative: true } : value
      },
    },
    // "2024-2026", "2024–26", "в 2024–2026 годах"
    { re: re(`${B}${YEAR}\\s*[-–—]\\s*((?:19|20)?\\d\\d)(?![\\p{N}])${yearAfter}`), parse: (m) => range(Number(m[1]), m[2]!) },
    // "в начале следующего года", "pod koniec 2025 r.", "Anfang 2026", "Ende des nächsten Jahres"
    {
      re: re(`${B}${lead}(?:(${g.early})|(${g.mid})|(${g.late}))\\s+${g.articles ? `(?:(?:${g.articles})\\s+)?` : ''}${yearRef}`),
      parse: (m, ref) => {
        const qualifier = m[1] ? 'early' : m[2] ? 'mid' : 'late'
        return part(m[4] ? Number(m[4]) : relativeYear(m[5], ref, offsetOf), qualifier, m[4] === undefined)
      },
    },
    // "в следующем году", "наступного року", "w przyszłym roku", "letos", "im nächsten Jahr"
    { re: re(`${B}${lead}(${relative})${E}`), parse: (m, ref) => part(relativeYear(m[1], ref, offsetOf), undefined, true) },
    // "в 2025 году", "у 2025 році", "w 2025 r.", "v roce 2025", "im Jahr 2025", "2025"
    {
      re: re(`${B}${lead}(${g.yearBefore ? `(?:${g.yearBefore})\\s+` : ''})?${year}(?![-–]\\d|-\\p{L})(${g.yearAfter ? `\\s*(?:${g.yearAfter})(?![\\p{L}])` : ''})?`),
      parse: (m) => {
        if (m[3]) return part(Number(m[2]), undefined, false)
        // A bare figure followed by a unit is a quantity ("2000 человек", "1500 km"), and so, where years are
        // written with their noun ("в 2025 году"), is one followed by a noun: "відтермінувала 1910 виписок".
        const isBare = /^\d/.test(m[0])
        return countFollows(m, isBare ? 'noun' : 'unit') ? null : part(Number(m[2]), undefined, false)
      },
    },
    // "в 1897 году", "v roce 1691": years before 1900 only with their noun (a bare "1897" may be any figure).
    {
      re: re(
        `${B}${lead}(?:${g.yearBefore ? `(?:${g.yearBefore})\\s+(1[0-8]\\d\\d)(?![\\p{N}])|` : ''}` +
          `(1[0-8]\\d\\d)${g.yearSuffix ? `(?:-(?:${g.yearSuffix}))?` : ''}\\s*(?:${g.yearAfter ?? '(?!)'})(?![\\p{L}]))`,
      ),
      parse: (m) => part(Number(m[1] ?? m[2]), undefined, false),
    },
  ]
}

/** The year a relative phrase names, from the reference date; undefined without one (or without a phrase). */
function relativeYear(phrase: string | undefined, ref: Date | undefined, offsetOf: (phrase: string) => number): number | undefined {
  if (phrase === undefined || !ref) return undefined
  return ref.getUTCFullYear() + offsetOf(phrase)
}

function relativeOffset(phrase: string, g: DateGrammar): number {
  const p = phrase.toLowerCase()
  if (g.nextStems.some((s) => p.includes(s))) return 1
  if (g.lastStems.some((s) => p.includes(s))) return -1
  return 0
}

/** 1–4 from an ordinal word ("второй", "trzecim") or figure ("III", "3-м"); 0 when neither. */
function ordinalOf(word: string | undefined, figure: string | undefined, g: DateGrammar): number {
  if (word) return g.ordinals.findIndex((stem) => word.toLowerCase().startsWith(stem)) + 1
  if (!figure) return 0
  const roman = ['I', 'II', 'III', 'IV'].indexOf(figure.toUpperCase()) + 1
  return roman || Number(figure)
}

/**
 * True when the figure a match ends with is a count, not a year: the next word is a unit, currency, percent or
 * scale word ("2000 человек", "1500 %"), or, with `'noun'` in a language that writes years with their noun
 * ("в 2025 году"), a lower-case word other than a function word ("1910 виписок").
 */
function isCountAfter(lang: string, g: DateGrammar): (m: RegExpExecArray, what: 'unit' | 'noun') => boolean {
  const lexicon = numberLexicon(lang)
  const next = /[ \u00A0\u202F\u2009]*(%|\p{L}+\.?)/uy
  return (m, what) => {
    next.lastIndex = m.index + m[0].length
    const word = next.exec(m.input)?.[1]
    if (!word || !lexicon) return false
    const key = lexiconKey(word)
    if (lexicon.words.has(key) || lexicon.words.has(key.replace(/\.$/, ''))) return true
    return what === 'noun' && g.isYearNounUsual && word !== word.toUpperCase() && key === word.replace(/[’ʼ]/g, "'") && !lexicon.functionWords.has(key)
  }
}

export type { DateValue }
