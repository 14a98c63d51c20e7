/** A run of one side's text; `changed` when its words are not in the longest common subsequence. */
export interface DiffSegment {
  readonly text: string
  readonly changed: boolean
}

/** Both sides cut into segments whose concatenation is exactly the input string. */
export interface WordDiff {
  readonly a: readonly DiffSegment[]
  readonly b: readonly DiffSegment[]
  /** Words shared in order (LCS length) divided by the word count of the longer side, 0–1; 1 for two empty strings. */
  readonly similarity: number
}

/**
 * Word-level diff of two renderings of one statement: LCS over word tokens, compared case- and
 * diacritic-insensitively; punctuation and spacing never count as a difference.
 *
 * @example
 * wordDiff('a greater danger', 'a greater threat').b
 * // [{ text: 'a greater ', changed: false }, { text: 'threat', changed: true }]
 */
export function wordDiff(a: string, b: string): WordDiff {
  const wordsA = tokenize(a)
  const wordsB = tokenize(b)
  const [keepA, keepB] = commonWords(
    wordsA.map((w) => w.key),
    wordsB.map((w) => w.key),
  )
  const shared = keepA.filter(Boolean).length
  const longest = Math.max(wordsA.length, wordsB.length)
  return {
    a: segment(a, wordsA, keepA),
    b: segment(b, wordsB, keepB),
    similarity: longest === 0 ? 1 : shared / longest,
  }
}

interface Word {
  readonly start: number
  readonly end: number
  readonly key: string
}

// Letters, marks and digits, with inner apostrophes or hyphens: "don't", "military-political", "2,000".
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*/gu

function tokenize(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    words.push({ start, end: start + match[0].length, key: foldWord(match[0]) })
  }
  return words
}

function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase()
}

/**
 * Above this many DP cells the middle part is reported as changed wholesale. 4M cells (16 MB of
 * Uint32) is two 2,000-word renderings; aligned quotes are sentences to paragraphs, far below it.
 */
const MAX_CELLS = 4_000_000

/** For each word of each side: is it part of the longest common subsequence? */
function commonWords(a: readonly string[], b: readonly string[]): [boolean[], boolean[]] {
  const keepA = new Array<boolean>(a.length).fill(false)
  const keepB = new Array<boolean>(b.length).fill(false)
  // Common prefix and suffix first: renderings often share their opening and closing words.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) {
    keepA[head] = keepB[head] = true
    head++
  }
  let tailA = a.length
  let tailB = b.length
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--
    tailB--
    keepA[tailA] = keepB[tailB] = true
  }
  const n = tailA - head
  const m = tailB - head
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [keepA, keepB]

  // lengths[i * (m + 1) + j] = LCS length of a[head+i..tailA) and b[head+j..tailB).
  const width = m + 1
  const lengths = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[head + i] === b[head + j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[head + i] === b[head + j]) {
      keepA[head + i] = keepB[head + j] = true
      i++
      j++
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      i++
    } else {
      j++
    }
  }
  return [keepA, keepB]
}

/**
 * Cuts `text` into alternating runs. A changed run starts at its first changed word and ends at its
 * last one, so the gap between two changed words joins the run but edges stay unchanged:
 * "a [greater threat] than" rather than "a[ greater threat ]than".
 */
function segment(text: string, words: readonly Word[], keep: readonly boolean[]): DiffSegment[] {
  const segments: DiffSegment[] = []
  let cursor = 0
  let index = 0
  while (index < words.length) {
    if (keep[index] === true) {
      index++
      continue
    }
    const first = words[index]
    let last = first
    while (index + 1 < words.length && keep[index + 1] !== true) {
      index++
      last = words[index]
    }
    index++
    if (first === undefined || last === undefined) break
    if (first.start > cursor) segments.push({ text: text.slice(cursor, first.start), changed: false })
    segments.push({ text: text.slice(first.start, last.end), changed: true })
    cursor = last.end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), changed: false })
  return segments
}
