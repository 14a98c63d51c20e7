import type { Removal, RemovalReason, SourceRun, Span } from '../../model/index.js'
import { LINE_RULES, TRAILING_BUTTON, isLegalNotice, wordCount } from './furniture-rules.js'
import { readDateline } from './read-dateline.js'

/** The body of a plain-text article with its furniture split off; offsets in `removed` point into the input. */
export interface CleanedText {
  readonly text: string
  readonly title?: string
  /** Where `title` stands in the input when it is a headline line the cleaner dropped (its 'headline' removal). */
  readonly titleAt?: Span
  readonly byline?: string
  /** The day a dateline at the top states ("Friday, June 7, 2013" → "2013-06-07"): the outlet's own dating. */
  readonly publishedAt?: string
  readonly captions: readonly string[]
  readonly removed: readonly Removal[]
  readonly sourceMap: readonly SourceRun[]
}

/** One trimmed line of the input: [start, end) into the input. */
interface Line {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly block: number
}

type Verdict = { readonly reason: RemovalReason } | null

/**
 * Removes page furniture from a plain-text article (labels, repeated headlines, captions, credits, bylines,
 * share buttons, related-content blocks, copyright and legal notices) and recovers title and byline.
 * Kept text is copied verbatim from the input; paragraphs are joined by "\n\n" and `sourceMap` maps them back.
 *
 * @example cleanText('NewsBig title\n\nBig title\n\nBody.').title // "Big title"
 */
export function cleanText(input: string, hints: { readonly title?: string; readonly bodyStart?: number } = {}): CleanedText {
  // Front-matter (readFrontMatter) is metadata: none of its lines is body, headline or furniture.
  const bodyStart = hints.bodyStart ?? 0
  const lines = splitLines(input).filter((line) => line.start >= bodyStart)
  const verdicts: Verdict[] = lines.map(() => null)
  const removed: Removal[] = []
  const remove = (line: Line, reason: RemovalReason, start = line.start, end = line.end): void => {
    removed.push({ start, end, text: input.slice(start, end), reason })
  }
  if (bodyStart > 0) removed.push({ start: 0, end: bodyStart, text: input.slice(0, bodyStart), reason: 'front-matter' })

  const top = readTopLines(lines, verdicts)
  for (const [i, verdict] of verdicts.entries()) if (verdict) remove(lines[i]!, verdict.reason)
  const { publishedAt } = top
  const { title, titleAt } = findTitle(lines, verdicts, remove, hints.title)
  const captions: string[] = []
  let byline = top.byline

  for (const [i, line] of lines.entries()) {
    if (verdicts[i]) continue
    const verdict = classifyLine(line, lines, i)
    if (!verdict) continue
    verdicts[i] = verdict
    if (verdict.reason === 'byline') byline ??= bylineName(line.text)
    remove(line, verdict.reason)
  }
  // Captions and the photographer/byline sit around an image credit: "Name\nName\nImages source: © Getty\nAdam Zygiel".
  for (const [i, line] of lines.entries()) {
    if (verdicts[i]?.reason !== 'image-credit') continue
    for (let j = i - 1; j >= 0 && isCaptionCandidate(lines, verdicts, j, line.block); j--) {
      if (!verdicts[j]) remove(lines[j]!, 'caption')
      verdicts[j] = { reason: 'caption' }
    }
    const next = lines[i + 1]
    if (next && next.block === line.block && !verdicts[i + 1] && isPersonName(next.text)) {
      verdicts[i + 1] = { reason: 'byline' }
      byline ??= next.text
      remove(next, 'byline')
    }
  }

  for (const [i, line] of lines.entries()) if (verdicts[i]?.reason === 'caption') captions.push(line.text)
  const { text, sourceMap } = assembleBody(input, lines, verdicts, remove)
  removed.sort((a, b) => a.start - b.start)
  return {
    text,
    ...(title !== undefined ? { title } : {}),
    ...(titleAt !== undefined ? { titleAt } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    captions,
    removed,
    sourceMap,
  }
}

/**
 * What {@link cleanHeadline} reads of a plain text: its headline, the day a dateline at its top states, its byline,
 * and the lines at its top that are metadata, not body.
 */
export interface CleanedHeadline {
  readonly title?: string
  readonly titleAt?: Span
  readonly publishedAt?: string
  /** The byline {@link cleanText} finds: a byline line at the top, else one further down, else a name under an image credit. */
  readonly byline?: string
  /**
   * The lines at the top that {@link cleanText} removes as the headline (with a section label glued to it), its
   * repeat, datelines and bylines: whole trimmed lines, [start, end) into the input, in order; absent when none.
   * The text without them reads in the language compare detects on its cleaned body (see withoutLines).
   */
  readonly topLines?: readonly Span[]
}

/**
 * The headline {@link cleanText} recovers from `input` and where it stands (its `title` and `titleAt`), the day
 * a dateline at the top states, the byline it finds, and the metadata lines at the top it removes, without
 * cleaning the body: all that ingest needs of a plain text, at a fraction of the cost (issue 19).
 * @example cleanHeadline('NewsBig title\n\nBig title\n\nBody.').title // "Big title"
 * @example cleanHeadline('Friday, June 7, 2013\n\nBig title\n\nBody.').publishedAt // "2013-06-07"
 * @example cleanHeadline('Big title\nBy Anna Nowak\n\nBody.').byline // "Anna Nowak"
 */
export function cleanHeadline(input: string): CleanedHeadline {
  const lines = splitLines(input)
  const verdicts: Verdict[] = lines.map(() => null)
  const top = readTopLines(lines, verdicts)
  const topLines: Span[] = []
  const headline = findTitle(lines, verdicts, () => {}, undefined)
  for (const [i, verdict] of verdicts.entries()) if (verdict) topLines.push({ start: lines[i]!.start, end: lines[i]!.end })
  const byline = top.byline ?? laterByline(lines, verdicts)
  return {
    ...headline,
    ...(top.publishedAt === undefined ? {} : { publishedAt: top.publishedAt }),
    ...(byline === undefined ? {} : { byline }),
    ...(topLines.length === 0 ? {} : { topLines }),
  }
}

/**
 * `input` without the given lines (spans in order, as {@link CleanedHeadline.topLines}), the line breaks around
 * them kept, so no two words join.
 * @example withoutLines('Big title\nBy Anna Nowak\n\nBody.', [{ start: 0, end: 9 }, { start: 10, end: 23 }]) // "\n\n\nBody."
 */
export function withoutLines(input: string, lines: readonly Span[]): string {
  let text = ''
  let from = 0
  for (const line of lines) {
    text += input.slice(from, line.start)
    from = line.end
  }
  return text + input.slice(from)
}

/**
 * The byline {@link cleanText} finds below the top lines when none is there: the first line its line rules take
 * for a byline, else the first person's name right under an image credit in its block. Only a line that could be
 * either is classified (the byline pattern matches; a name of at most four words under a line): a paragraph costs
 * the anchored byline test and finding its fourth space, not the image-credit pattern's search (issue 19).
 */
function laterByline(lines: readonly Line[], verdicts: readonly Verdict[]): string | undefined {
  let underCredit: string | undefined
  for (const [i, line] of lines.entries()) {
    if (verdicts[i]) continue
    if (BYLINE_RULE.pattern.test(line.text) && classifyLine(line, lines, i)?.reason === 'byline') return bylineName(line.text)
    if (underCredit !== undefined || i === 0 || verdicts[i - 1] || lines[i - 1]!.block !== line.block) continue
    // As cleanText reads it: a name under an image credit, itself neither metadata nor furniture.
    if (hasFewerSpaces(line.text, 4) && isPersonName(line.text) && classifyLine(lines[i - 1]!, lines, i - 1)?.reason === 'image-credit' && !classifyLine(line, lines, i)) {
      underCredit = line.text
    }
  }
  return underCredit
}

/** Whether `text` has fewer than `n` spaces: a person's name ({@link isPersonName}) has at most three. */
function hasFewerSpaces(text: string, n: number): boolean {
  let at = -1
  for (let found = 0; found < n; found++) {
    at = text.indexOf(' ', at + 1)
    if (at < 0) return true
  }
  return false
}

/** How many lines from the top may be a dateline or byline around the headline. */
const TOP_LINES = 4

/**
 * Datelines and bylines among the first lines, marked in `verdicts` before the headline is looked for: they are
 * metadata, never the headline or the story's first sentence ("Friday, June 7, 2013\n\nHeadline", "Headline\nBy
 * Anna Nowak\n06/06/13 07:05 PM ET\nFirst paragraph"). The first dateline that states a day dates the article.
 * A text of one line has none (it would be no article).
 */
function readTopLines(lines: readonly Line[], verdicts: Verdict[]): { publishedAt?: string; byline?: string } {
  if (lines.length < 2) return {}
  let publishedAt: string | undefined
  let byline: string | undefined
  for (let i = 0; i < Math.min(TOP_LINES, lines.length); i++) {
    const text = lines[i]!.text
    const dateline = readDateline(text)
    if (dateline) {
      verdicts[i] = { reason: 'dateline' }
      publishedAt ??= dateline.date
    } else if (BYLINE_RULE.pattern.test(text) && wordCount(text) <= BYLINE_RULE.maxWords) {
      verdicts[i] = { reason: 'byline' }
      byline ??= bylineName(text)
    }
  }
  return { ...(publishedAt === undefined ? {} : { publishedAt }), ...(byline === undefined ? {} : { byline }) }
}

const BYLINE_RULE = LINE_RULES.find((rule) => rule.reason === 'byline')!

/** "By Anna Nowak" → "Anna Nowak". */
function bylineName(line: string): string {
  return line.replace(/^(by|written by|author:|autor:|автор:)\s+/i, '')
}

function splitLines(input: string): Line[] {
  const lines: Line[] = []
  let block = 0
  let previousBlank = true
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g
  for (let m = re.exec(input); m && m[0].length > 0; m = re.exec(input)) {
    // The line without its break (group 1): a slice shares the input, where replace copied every line (issue 19).
    const raw = m[0].slice(0, m[0].length - (m[1]?.length ?? 0))
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed.length === 0) {
      if (!previousBlank) block++
      previousBlank = true
      continue
    }
    const start = m.index + lead
    lines.push({ start, end: start + trimmed.length, text: trimmed, block })
    previousBlank = false
  }
  return lines
}

/**
 * A headline is a short first line without a final full stop. It is often repeated as the next paragraph, and
 * sometimes glued to a section label in front ("NewsLukashenko highlights…" followed by "Lukashenko highlights…").
 */
function findTitle(
  lines: readonly Line[],
  verdicts: Verdict[],
  remove: (line: Line, reason: RemovalReason, start?: number, end?: number) => void,
  hint: string | undefined,
): { title?: string; titleAt?: Span } {
  const given = hint === undefined ? {} : { title: hint }
  // A dateline is never the headline: the first two lines without a verdict are the candidates.
  let f = 0
  while (f < lines.length && verdicts[f]) f++
  let s = f + 1
  while (s < lines.length && verdicts[s]) s++
  const first = lines[f]
  const second = lines[s]
  if (!first) return given
  // 25 words: longer first lines are ledes, not headlines (news headlines run 8–15 words).
  // A final stop inside closing quotes ('… who loses."') ends a sentence as much as a bare one does.
  const isHeadlineLike = (l: Line): boolean => wordCount(l.text) <= 25 && !/[.:;,]["'”’»)\]]*$/.test(l.text)
  const a = spaces(first.text)
  // spaces() keeps lengths: a second line longer than the first (a whole paragraph) is neither its tail nor its
  // repeat, and is not copied to find out (issue 19).
  const b = second && second.text.length <= first.text.length ? spaces(second.text) : ''
  if (second && b !== '' && a !== b && a.endsWith(b) && isHeadlineLike(second)) {
    const labelLength = a.length - b.length
    // A section label is one or two words ("News", "World Europe"); anything longer is a different line.
    if (wordCount(first.text.slice(0, labelLength)) <= 2) {
      verdicts[f] = { reason: 'headline' }
      verdicts[s] = { reason: 'repeated-headline' }
      remove(first, 'section-label', first.start, first.start + labelLength)
      remove(first, 'headline', first.start + labelLength, first.end)
      remove(second, 'repeated-headline')
      return { title: spaces(second.text), titleAt: { start: first.start + labelLength, end: first.end } }
    }
  }
  // A dateline between the headline and the body parts them as a blank line would.
  const isOwnBlock = !second || second.block !== first.block || s !== f + 1
  if (!isOwnBlock || !isHeadlineLike(first)) return given
  // A one-line text that reads as prose is its own headline and its own body: removing the line would leave no
  // article. A line of symbols and stray letters (undecodable bytes) is still dropped.
  if (!second && isProse(first.text)) return hint === undefined ? { title: spaces(first.text) } : given
  verdicts[f] = { reason: 'headline' }
  remove(first, 'headline')
  if (second && second.text.length === a.length && spaces(second.text) === a) {
    verdicts[s] = { reason: 'repeated-headline' }
    remove(second, 'repeated-headline')
  }
  return { title: spaces(first.text), titleAt: { start: first.start, end: first.end } }
}

/** Three or more space-separated words with letters, and letters the bulk of the line's visible characters. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w))
  const visible = text.replace(/\s+/g, '')
  const letters = (visible.match(/\p{L}/gu) ?? []).length
  return words.length >= 3 && letters >= 0.7 * visible.length
}

function classifyLine(line: Line, lines: readonly Line[], index: number): Verdict {
  const words = wordCount(line.text)
  for (const rule of LINE_RULES) {
    if (words <= rule.maxWords && rule.pattern.test(line.text)) return { reason: rule.reason }
  }
  // Legal notices come after the body: only consider the last third of the lines.
  if (index >= lines.length * (2 / 3) && isLegalNotice(line.text)) return { reason: 'legal-notice' }
  // A short line printed twice in a row is a caption ("Alaksandr Łukaszenka\nAlaksandr Łukaszenka").
  const next = lines[index + 1]
  if (next && next.text === line.text && words <= 8 && !/[.!?]$/.test(line.text)) return { reason: 'caption' }
  const previous = lines[index - 1]
  if (previous && previous.text === line.text && words <= 8 && !/[.!?]$/.test(line.text)) return { reason: 'caption' }
  return null
}

/** Captions are short lines without final punctuation, in the same block as the credit they stand above. */
function isCaptionCandidate(lines: readonly Line[], verdicts: readonly Verdict[], j: number, block: number): boolean {
  const line = lines[j]
  if (!line || line.block !== block) return false
  if (verdicts[j]?.reason === 'caption') return true
  return !verdicts[j] && wordCount(line.text) <= 20 && !/[.!?:]$/.test(line.text)
}

/** Same length, every whitespace (no-break space included) made a plain space: headlines are compared this way. */
function spaces(text: string): string {
  return text.replace(/\s/g, ' ')
}

/** "Adam Zygiel", "Anna Maria Nowak-Kowalska": two to four capitalised words and nothing else. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(text)
}

function assembleBody(
  input: string,
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  remove: (line: Line, reason: RemovalReason, start?: number, end?: number) => void,
): { text: string; sourceMap: SourceRun[] } {
  // Group kept lines by block; consecutive kept lines of one block stay one verbatim run.
  const paragraphs: { start: number; end: number }[] = []
  let current: { start: number; end: number; block: number; lastLine: number } | null = null
  for (const [i, line] of lines.entries()) {
    if (verdicts[i]) {
      current = null
      continue
    }
    if (current && current.block === line.block && current.lastLine === i - 1) {
      current.end = line.end
      current.lastLine = i
      continue
    }
    current = { start: line.start, end: line.end, block: line.block, lastLine: i }
    paragraphs.push(current)
  }
  const sourceMap: SourceRun[] = []
  let text = ''
  for (const paragraph of paragraphs) {
    let end = paragraph.end
    const button = TRAILING_BUTTON.exec(input.slice(paragraph.start, end))
    if (button) {
      const cut = paragraph.start + button.index
      const line = { start: cut, end, text: input.slice(cut, end), block: -1 }
      remove(line, 'share-button', cut + (input.slice(cut, end).length - input.slice(cut, end).trimStart().length), end)
      end = cut
    }
    if (end <= paragraph.start) continue
    if (text.length > 0) text += '\n\n'
    sourceMap.push({ textStart: text.length, inputStart: paragraph.start, length: end - paragraph.start })
    text += input.slice(paragraph.start, end)
  }
  return { text, sourceMap }
}
