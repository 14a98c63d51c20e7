import type { Block } from './collect-blocks.js'

export interface FilterContext {
  /** The page's own URLs (given, canonical): a block that is only one of them is a share widget's leftover. */
  readonly urls?: readonly string[]
  readonly title?: string
  /** The page's <h1>, when it differs from the metadata title. */
  readonly headline?: string
  readonly byline?: string
}

/** Lines that are page furniture whatever the site: exact phrases seen in the benchmark pages' bodies. */
const BOILERPLATE = /^(advert(isement)?|continue reading( below)?|skip to (main )?content|this slideshow requires javascript\.?|share( this)?( article| story)?|comments?|sign in|log in|subscribe( now)?|tell us what you think\W*|more|related|read more|see more|don'?t miss|click here to .{0,60}|source: .{0,60}|image:? .{0,80}|photo:? .{0,80}|getty images|ap photo.{0,60}|\(image: .*\)|enlarge this image|toggle caption|hide caption|loading\W*|watch:? .{0,60}|listen:? .{0,60}|follow (us|him|her) on .{0,60})$/i
/** The same furniture words in the languages of the outlets we compare (uk, ru, pl, be): share, advert, comments, subscribe. */
const BOILERPLATE_OTHER = /^(поділитися|поделиться|падзяліцца|udostępnij|podziel się|реклама|reklama|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|iklan|коментарі|комментарии|komentarze|підписатися|подписаться|subskrybuj|читайте також|читайте также|czytaj także|czytaj też)\W*$/iu
/** "Related:", "SEE MORE:", "Read also:" followed by a headline. */
const LABELLED_LINK = /^(related|see more|read (also|more)|also read|more|watch|listen|recommended|читайте (также|також)|czytaj (też|także))\s*:/i
const COPYRIGHT = /^(©|\(c\)|copyright\b)|all rights reserved|subject to copyright|no part may be reproduced|reproduced without (the )?(prior )?(written )?permission|\bcookies?\b.*\b(accept|consent|experience)\b|\b(contains?|uses?) (affiliate|referral)\b.{0,40}\blinks?\b/i
/**
 * Words a date stamp is made of: "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", "PUBLISHED: 10:48, Tue,
 * Nov 19, 2019". Checked token by token: one regex with nested repetition backtracks exponentially on a
 * long run of digits that fails at the end (a ReDoS our property tests now cover).
 */
const DATE_TOKEN = new RegExp(
  '^(published|updated|posted|last|first|modified|date|on|at|ago|hours?|minutes?|days?|am|pm|a|p|m|' +
    '(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|urday|sday)?|' +
    'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|' +
    'est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|eet|eest|msk|ist|jst|aest|' +
    '\\d{1,4}(st|nd|rd|th)?|\\d{1,2}(am|pm))$',
)
/** A date stamp names a month, a time or a dated keyword; "1 5040 5 1" (a table row of numbers) is not one. */
const DATE_EVIDENCE = /(published|updated|posted|modified|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})/i

/**
 * Drops blocks that are furniture rather than body: menus and teaser links (all link text), date stamps,
 * bylines, the repeated headline, copyright and "Related:" lines. Inline dates in sentences stay: a date
 * stamp must be the whole block.
 */
export function filterBlocks(blocks: readonly Block[], context: FilterContext): Block[] {
  const title = normalize(context.title ?? '')
  const headline = normalize(context.headline ?? '')
  const byline = normalize(context.byline ?? '')
  return blocks.filter((block) => {
    const text = block.text
    const norm = normalize(text)
    if (norm === '') return false
    if (context.urls?.includes(text.trim())) return false
    if ((title && norm === title) || (headline && norm === headline)) return false
    if (byline && (norm === byline || norm === `by ${byline}`)) return false
    // "May 2, 2024 by Ruth Akers": the byline and date line of a post header
    if (byline && text.length < 120 && norm.includes(byline) && isDateStamp(norm.replace(byline, ' ').replace(/\bby\b/, ' ').trim())) return false
    // A short block that is nearly all link text is a menu item or a teaser headline; 90% leaves room for
    // punctuation around the link, and real paragraphs consisting of one link are rare in the gold bodies.
    if (block.linkChars >= 0.9 * text.length && text.length < 250) return false
    if (text.length < 120 && (BOILERPLATE.test(text.trim()) || BOILERPLATE_OTHER.test(text.trim()) || LABELLED_LINK.test(text))) return false
    if (text.length < 300 && COPYRIGHT.test(text)) return false
    if (isDateStamp(text)) return false
    if (text.length < 80 && /^by\s+\p{Lu}/iu.test(text) && !/[.!?]$/.test(text.replace(/\s*[-–|].*$/, ''))) return false
    return true
  })
}

/** A short block that is only a date stamp ("PUBLISHED: 10:48, Tue, Nov 19, 2019"), not a sentence holding a date. */
export function isDateStamp(text: string): boolean {
  // 90 characters: two stamps on one line ("Posted … | Updated …") fit; a sentence with a date rarely is that short and date-only
  if (text.length >= 90 || !DATE_EVIDENCE.test(text)) return false
  const tokens = text.toLowerCase().split(/[\s,;|./:()\u2013\u2014-]+/).filter(Boolean)
  return tokens.length > 0 && tokens.every((token) => DATE_TOKEN.test(token))
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
