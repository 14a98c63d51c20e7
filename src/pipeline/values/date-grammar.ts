/**
 * How uk, ru, be, pl, cs and de write years, relative years, halves, quarters and parts of a year: the words
 * local-dates.ts builds its patterns from. Values are regex sources (no capturing groups) in lower case: they
 * run on case-folded text; stems end in \p{L}* where the ending inflects. Written from standard grammars and
 * news usage ("w drugiej połowie przyszłego roku", "на початку 2026 року", "Anfang nächsten Jahres").
 */

export interface DateGrammar {
  /** Day numbers take a full stop: "6. prosince", "6. Dezember". */
  readonly isDayDotted: boolean
  /** Years are written with their noun ("в 2025 году", "w 2025 r."), so a bare figure before a noun is a count. */
  readonly isYearNounUsual: boolean
  /** Prepositions a span keeps before a year, relative year, half, quarter or part: "в 2025 году". */
  readonly prepositions: string
  /** Articles between a preposition and what follows: German "in der zweiten Hälfte". */
  readonly articles?: string
  /** Words before a year: "v roce 2025", "im Jahr 2025", "w roku 2025". */
  readonly yearBefore?: string
  /** Words after a year: "2025 году", "2025 r.", "2025 року". */
  readonly yearAfter?: string
  /** Ordinal endings a year can take: "в 2025-м году", "1925-й". */
  readonly yearSuffix?: string
  /** The noun "year" in the cases relative phrases use: "следующем году", "przyszłego roku". */
  readonly yearNouns: string
  /** Adjectives and pronouns that make a relative year with `yearNouns`: "следующем", "przyszłego", "nächsten". */
  readonly relativeAdjectives: string
  /** One-word relative years: "торік" (last year), "letos" (this year), "сёлета", "цьогорічний" (this year's). */
  readonly relativeWords?: string
  /** Lower-cased stems that make a relative year the next (+1) or the last (−1) one; anything else is this year. */
  readonly nextStems: readonly string[]
  readonly lastStems: readonly string[]
  /** Lower-cased stems of the ordinals first … fourth (halves, quarters); Roman and Arabic figures are read too. */
  readonly ordinals: readonly [string, string, string, string]
  readonly halfNouns: string
  readonly quarterNouns: string
  /** Parts of a year: "в начале", "в середине", "в конце" 2025 → early / mid / late 2025. */
  readonly early: string
  readonly mid: string
  readonly late: string
}

export const DATE_GRAMMARS: Readonly<Record<string, DateGrammar>> = {
  ru: {
    isDayDotted: false,
    isYearNounUsual: true,
    prepositions: 'в|во|с|со|до|к|ко|по|от|на|за|после',
    yearAfter: 'году|года|год|годом|годах|годы|годов|гг\\.|г\\.',
    yearSuffix: 'й|го|м|му|ом|ого',
    yearNouns: 'году|года|год|годом',
    relativeAdjectives: '(?:следующ|будущ|наступающ|прошл|минувш|предыдущ|текущ|нынешн|уходящ)\\p{L}*|эт(?:от|ом|ого|им)|сего',
    relativeWords: 'годом\\s+ранее|прошлогодн\\p{L}*',
    nextStems: ['следующ', 'будущ', 'наступающ'],
    lastStems: ['прошл', 'минувш', 'предыдущ', 'ранее'],
    ordinals: ['перв', 'втор', 'трет', 'четв'],
    halfNouns: 'половин\\p{L}*|полугоди\\p{L}*',
    quarterNouns: 'квартал\\p{L}*',
    early: 'начал\\p{L}{0,2}',
    mid: 'середин\\p{L}{0,2}',
    late: 'конц\\p{L}{0,2}|кон[её]ц|исходе',
  },
  uk: {
    isDayDotted: false,
    isYearNounUsual: true,
    prepositions: 'в|у|з|із|зі|до|від|на|за|по|після',
    yearAfter: 'році|року|рік|роком|роках|роки|років|рр\\.|р\\.',
    yearSuffix: 'й|го|му|м|ий|ого|ому',
    yearNouns: 'році|року|рік|роком',
    relativeAdjectives: '(?:наступн|майбутн|прийдешн|минул|попередн|торішн|поточн|нинішн)\\p{L}*|ц(?:ей|ього|ьому|им)',
    relativeWords: 'торік|цьогоріч\\p{L}*|торішн\\p{L}*|роком\\s+раніше',
    nextStems: ['наступн', 'майбутн', 'прийдешн'],
    lastStems: ['минул', 'попередн', 'торі', 'раніше'],
    ordinals: ['перш', 'друг', 'трет', 'четв'],
    halfNouns: 'половин\\p{L}*|півріч\\p{L}*',
    quarterNouns: 'квартал\\p{L}*',
    early: 'початк\\p{L}{0,2}|початок',
    mid: 'середин\\p{L}{0,2}',
    late: 'кінц\\p{L}{0,2}|кінець|наприкінці',
  },
  be: {
    isDayDotted: false,
    isYearNounUsual: true,
    prepositions: 'у|ў|в|з|са|да|ад|на|за|па|пасля',
    yearAfter: 'годзе|года|год|годам|гадах|гады|гадоў|г\\.',
    yearSuffix: 'ы|га|м|му|ым',
    yearNouns: 'годзе|года|год|годам',
    relativeAdjectives: '(?:наступн|будуч|мінул|папярэдн|бягуч|сёлетн)\\p{L}*|гэт(?:ы|ым|ага|ы)',
    relativeWords: 'сёлета|летась|налета|сёлетн\\p{L}*|леташн\\p{L}*',
    nextStems: ['наступн', 'будуч', 'налета'],
    lastStems: ['мінул', 'папярэдн', 'летась', 'леташн'],
    ordinals: ['перш', 'друг', 'трэц', 'чацв'],
    halfNouns: 'палов\\p{L}*|паўгодд\\p{L}*',
    quarterNouns: 'квартал\\p{L}*',
    early: 'пачатк\\p{L}{0,2}|пачатак',
    mid: 'сярэдзін\\p{L}{0,2}',
    late: 'канц\\p{L}{0,2}|канец|напрыканцы',
  },
  pl: {
    isDayDotted: false,
    isYearNounUsual: true,
    prepositions: 'w|we|od|do|z|ze|po|na|przed|za|pod',
    yearBefore: 'roku|rok',
    yearAfter: 'roku|rok|rokiem|r\\.',
    yearNouns: 'roku|rok|rokiem|r\\.',
    relativeAdjectives: '(?:przyszł|następn|zeszł|ubiegł|przeszł|poprzedni|bieżąc|obecn)\\p{L}*|t(?:ym|ego|en)',
    relativeWords: '(?:tegoroczn|zeszłoroczn|ubiegłoroczn|przyszłoroczn)\\p{L}*',
    nextStems: ['przyszł', 'następn'],
    lastStems: ['zeszł', 'ubiegł', 'przeszł', 'poprzedni'],
    ordinals: ['pierwsz', 'drug', 'trzec', 'czwart'],
    halfNouns: 'połow\\p{L}*|półrocz\\p{L}*',
    quarterNouns: 'kwarta[łl]\\p{L}*',
    early: 'początk\\p{L}{0,2}|początek',
    mid: 'połow\\p{L}{0,2}',
    late: 'końc\\p{L}{0,2}|koniec|schyłku',
  },
  cs: {
    isDayDotted: true,
    isYearNounUsual: false,
    prepositions: 'v|ve|od|do|z|ze|po|na|před|za',
    yearBefore: 'roce|roku|rok|r\\.',
    yearNouns: 'roce|roku|rok|rokem',
    relativeAdjectives: '(?:příští|minul|loňsk|letošn|předchozí|nadcházející)\\p{L}*|t(?:ento|ohoto|omto)',
    relativeWords: 'letos|loni|vloni|(?:letošn|loňsk)\\p{L}*',
    nextStems: ['příští', 'nadcházej'],
    lastStems: ['minul', 'loň', 'loni', 'předchozí'],
    ordinals: ['prvn', 'druh', 'třet', 'čtvrt'],
    halfNouns: 'polovin\\p{L}*|pololetí\\p{L}*',
    quarterNouns: 'čtvrtletí\\p{L}*|kvartál\\p{L}*',
    early: 'začát\\p{L}{0,3}|počát\\p{L}{0,3}',
    mid: 'polovin\\p{L}{0,2}',
    late: 'konc\\p{L}{0,2}|konec|konci',
  },
  de: {
    isDayDotted: true,
    isYearNounUsual: false,
    prepositions: 'in|im|seit|bis|ab|von|vom|vor|nach|für|um|zum|zu',
    articles: 'der|dem|des|die',
    yearBefore: '(?:des\\s+)?jahr(?:es|e)?',
    yearNouns: 'jahr(?:es|e)?',
    relativeAdjectives: '(?:des\\s+|dem\\s+)?(?:nächst|kommend|folgend|letzt|vergangen|vorig|dies|laufend)\\p{L}*',
    relativeWords: 'vorjahr(?:es)?|(?:diesjährig|letztjährig|vorjährig)\\p{L}*',
    nextStems: ['nächst', 'kommend', 'folgend'],
    lastStems: ['letzt', 'vergangen', 'vorig', 'vorjahr', 'vorjähr'],
    ordinals: ['erst', 'zweit', 'dritt', 'viert'],
    halfNouns: 'jahreshälfte|hälfte|halbjahr(?:es|s)?',
    quarterNouns: 'quartal(?:s|es)?',
    early: 'anfang|anfangs|beginn',
    mid: 'mitte',
    late: 'ende|endes',
  },
}
