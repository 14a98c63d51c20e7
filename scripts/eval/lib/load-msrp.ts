import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One MSRP pair: two news sentences on one story; `isParaphrase` is the raters' label. */
export interface MsrpPair {
  readonly idx: number
  readonly isParaphrase: boolean
  readonly s1: string
  readonly s2: string
}

/** Reads `pairs.jsonl` of msrp `dir` (file order). */
export function loadMsrp(dir: string): MsrpPair[] {
  return readFileSync(join(dir, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as { idx: number; label: number; s1: string; s2: string }
      return { idx: raw.idx, isParaphrase: raw.label === 1, s1: raw.s1, s2: raw.s2 }
    })
}
