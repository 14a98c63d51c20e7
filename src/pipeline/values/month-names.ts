import { memoizeByKey } from '../memoize.js'

/**
 * Month names of uk, ru, be, pl, cs, de in the case forms dates use. ICU (Intl) gives the nominative (standalone
 * "декабрь", "grudzień") and the genitive of "6 декабря" / "6 grudnia" (format context), and abbreviations;
 * the locative of "в декабре", "w grudniu", "v prosinci" and the dative of "к декабрю" are not in CLDR, so they
 * are written down below from standard grammars.
 */

/** Month names by month (1–12), lower-cased. */
export interface MonthNames {
  /** Forms that follow a day number: "декабря", "grudnia", "prosince", "Dezember", "дек.". */
  readonly afterDay: readonly string[]
  /** Every form, day or not: the above plus "декабрь", "декабре", "w grudniu", … */
  readonly all: readonly string[]
  /** Month (1–12) of any form. */
  readonly index: ReadonlyMap<string, number>
}

// Locative ("в декабре") and, for Russian, dative ("к декабрю") forms, January first.
const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = {
  ru: [
    'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
    'январю', 'февралю', 'марту', 'апрелю', 'маю', 'июню', 'июлю', 'августу', 'сентябрю', 'октябрю', 'ноябрю', 'декабрю',
  ],
  uk: ['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні'],
  // Belarusian May is "май" in CLDR and "травень" in much usage; both are read.
  be: ['студзені', 'лютым', 'сакавіку', 'красавіку', 'маі', 'чэрвені', 'ліпені', 'жніўні', 'верасні', 'кастрычніку', 'лістападзе', 'снежні'],
  pl: ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'],
  cs: ['lednu', 'únoru', 'březnu', 'dubnu', 'květnu', 'červnu', 'červenci', 'srpnu', 'září', 'říjnu', 'listopadu', 'prosinci'],
  de: [],
}
const EXTRA_AFTER_DAY: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  be: [['траўня', 5]],
  de: [['sep.', 9], ['jänner', 1]],
}
const EXTRA_ANY: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  be: [['травень', 5], ['траўні', 5]],
}

/** The month names of a language with its own date patterns; built from Intl on first use (~5 ms a language). */
export const monthNames = memoizeByKey(buildMonthNames)

function buildMonthNames(lang: string): MonthNames {
  const afterDay: string[] = []
  const all: string[] = []
  const index = new Map<string, number>()
  const add = (form: string, m: number, isAfterDay: boolean): void => {
    const key = form.toLowerCase()
    if (!index.has(key)) index.set(key, m)
    if (isAfterDay && !afterDay.includes(key)) afterDay.push(key)
    if (!all.includes(key)) all.push(key)
  }
  const genitive = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' })
  const nominative = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' })
  const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const extra = EXTRA_FORMS[lang] ?? []
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2024, m - 1, 6))
    add(monthPart(genitive, date), m, true)
    // Only abbreviations written with a full stop ("дек.", "Dez."): bare ones ("gru", "lis") are ordinary words.
    const abbreviation = monthPart(short, date)
    if (abbreviation.endsWith('.')) add(abbreviation, m, true)
    add(nominative.format(date), m, lang === 'de')
    for (const i of [m - 1, m + 11]) if (extra[i]) add(extra[i], m, false)
  }
  for (const [form, m] of EXTRA_AFTER_DAY[lang] ?? []) add(form, m, true)
  for (const [form, m] of EXTRA_ANY[lang] ?? []) add(form, m, false)
  return { afterDay, all, index }
}

function monthPart(format: Intl.DateTimeFormat, date: Date): string {
  return format.formatToParts(date).find((p) => p.type === 'month')?.value ?? ''
}
