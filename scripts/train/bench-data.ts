/**
 * Readers for the dev halves of the framing benchmarks in ../shared/bench (read-only, never copied into the repo).
 * Offsets are converted to UTF-16 so they index JS strings like the detector's spans.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const BENCH_DIR = process.env['PARALLAX_BENCH_DIR'] ?? new URL('../../../shared/bench/', import.meta.url).pathname

/** Half-open UTF-16 range. */
export interface CharSpan {
  readonly start: number
  readonly end: number
}

export interface BabeSentence {
  readonly text: string
  /** Article URL: sentences of one article stay in one cross-validation fold. */
  readonly group: string
  readonly label: 'Biased' | 'Non-biased' | 'No agreement'
  /** BABE's label_opinion: does the sentence report facts or the writer's opinion (majority of annotators)? */
  readonly opinion: BabeOpinion
  readonly biasedWords: readonly string[]
  /** Occurrences of the biased words in `text` (whole words, case-insensitive). */
  readonly wordSpans: readonly CharSpan[]
}

export type BabeOpinion = 'Entirely factual' | 'Somewhat factual but also opinionated' | 'Expresses writer’s opinion' | 'No agreement'

export interface BasilSentence {
  readonly text: string
  /** Triplet id: the three outlets' articles on one event stay in one fold. */
  readonly group: string
  readonly article: string
  readonly lexical: readonly CharSpan[]
}

export interface PtcArticle {
  readonly id: string
  readonly text: string
  readonly techniques: readonly (CharSpan & { readonly technique: string })[]
  readonly si: readonly CharSpan[]
}

export function readBabe(dir = join(BENCH_DIR, 'babe/dev')): BabeSentence[] {
  const rows = parseCsv(readFileSync(join(dir, 'final_labels_SG2.csv'), 'utf8'), ';')
  const header = rows.shift() ?? []
  const col = (name: string): number => {
    const k = header.indexOf(name)
    if (k < 0) throw new Error(`babe: no column ${name}`)
    return k
  }
  const [text, link, label, opinion, words] = [col('text'), col('news_link'), col('label_bias'), col('label_opinion'), col('biased_words')]
  return rows
    .filter((row) => row.length === header.length)
    .map((row) => {
      const sentence = row[text]!
      const biasedWords = parsePythonList(row[words]!)
      return {
        text: sentence,
        group: row[link]!,
        label: row[label] as BabeSentence['label'],
        opinion: row[opinion] as BabeOpinion,
        biasedWords,
        wordSpans: findWords(sentence, biasedWords),
      }
    })
}

export function readBasil(dir = join(BENCH_DIR, 'basil/dev')): BasilSentence[] {
  const out: BasilSentence[] = []
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const file of readdirSync(join(dir, 'articles', year)).sort()) {
      const article = JSON.parse(readFileSync(join(dir, 'articles', year, file), 'utf8')) as {
        title: string
        'triplet-uuid': string
        'body-paragraphs': string[][]
      }
      const annotations = JSON.parse(readFileSync(join(dir, 'annotations', year, file.replace('.json', '_ann.json')), 'utf8')) as {
        'phrase-level-annotations': { id: string; start: number; end: number; bias: string }[]
      }
      const sentences = [article.title, ...article['body-paragraphs'].flat()]
      const lexical = sentences.map((): CharSpan[] => [])
      for (const span of annotations['phrase-level-annotations']) {
        if (span.bias !== 'lex') continue
        const k = span.id === 'title' ? 0 : Number(span.id.slice(1)) + 1
        const sentence = sentences[k]
        if (sentence === undefined) continue
        lexical[k]!.push({ start: utf16Offset(sentence, span.start), end: utf16Offset(sentence, span.end) })
      }
      sentences.forEach((text, k) => out.push({ text, group: article['triplet-uuid'], article: file, lexical: lexical[k]! }))
    }
  }
  return out
}

export function readPtc(dir = join(BENCH_DIR, 'ptc/dev')): PtcArticle[] {
  const ids = readdirSync(join(dir, 'articles'))
    .map((f) => f.replace(/^article|\.txt$/g, ''))
    .sort()
  return ids.map((id) => {
    const text = readFileSync(join(dir, 'articles', `article${id}.txt`), 'utf8')
    const lines = (file: string): string[][] =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => line.split('\t'))
    const techniques = lines(`labels-tc/article${id}.task-flc-tc.labels`).map(([, technique, start, end]) => ({
      technique: technique!,
      start: utf16Offset(text, Number(start)),
      end: utf16Offset(text, Number(end)),
    }))
    const si = lines(`labels-si/article${id}.task-si.labels`).map(([, start, end]) => ({
      start: utf16Offset(text, Number(start)),
      end: utf16Offset(text, Number(end)),
    }))
    return { id, text, techniques, si }
  })
}

/** Code-point offset (Python) → UTF-16 offset (JS); they differ only after non-BMP characters such as emoji. */
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0
  let seen = 0
  for (const char of text) {
    if (seen === codePoints) break
    offset += char.length
    seen += 1
  }
  return offset
}

function findWords(sentence: string, words: readonly string[]): CharSpan[] {
  const spans: CharSpan[] = []
  const lower = sentence.toLowerCase()
  for (const raw of words) {
    const word = raw.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').toLowerCase()
    if (word === '') continue
    let from = 0
    for (;;) {
      const at = lower.indexOf(word, from)
      if (at < 0) break
      from = at + word.length
      const before = lower[at - 1] ?? ' '
      const after = lower[at + word.length] ?? ' '
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
      spans.push({ start: at, end: at + word.length })
    }
  }
  return spans
}

/** BABE's biased_words column is a Python list literal: "['bizarre', 'characteristically']". */
function parsePythonList(value: string): string[] {
  const out: string[] = []
  for (const match of value.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) out.push(match[1] ?? match[2] ?? '')
  return out.filter((w) => w !== '')
}

/** RFC 4180 CSV with a custom delimiter: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === delimiter) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
