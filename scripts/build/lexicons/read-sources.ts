import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Translation } from './parse-freedict.js'

/** A public repository fetched into /work/.mirror (a bare git directory), read file by file with `git show`. */
export interface MirrorFile {
  readonly repo: string
  readonly commit: string
  readonly path: string
}

const MIRROR = process.env['LEXICON_MIRROR'] ?? '/work/.mirror'

export function gitShow(file: MirrorFile): string {
  const dir = `${MIRROR}/${file.repo.replace('/', '+')}/repo`
  if (!existsSync(dir)) throw new Error(`build-lexicons: ${file.repo} is not fetched (expected ${dir})`)
  return execFileSync('git', ['--git-dir', dir, 'show', `${file.commit}:${file.path}`], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
}

/**
 * Pairs of an apertium bilingual dictionary (.dix): `<e><p><l>left<s n="n"/></l><r>right…</r></p></e>` and
 * identity entries `<e><i>word…</i></e>`. Multi-word entries (<b/>, <g>) and commented-out entries are skipped.
 */
export function readBidix(xml: string): { left: string; right: string }[] {
  const out: { left: string; right: string }[] = []
  const text = xml.replace(/<!--[\s\S]*?-->/g, '')
  for (const m of text.matchAll(/<e\b[^>]*>([\s\S]*?)<\/e>/g)) {
    const body = m[1] ?? ''
    if (/<b\s*\/>|<g>|<par\b/.test(body)) continue
    const identity = /<i>([\s\S]*?)<\/i>/.exec(body)
    const left = identity ? identity[1] : /<l>([\s\S]*?)<\/l>/.exec(body)?.[1]
    const right = identity ? identity[1] : /<r>([\s\S]*?)<\/r>/.exec(body)?.[1]
    if (left === undefined || right === undefined) continue
    const l = lemmaOf(left)
    const r = lemmaOf(right)
    if (l && r) out.push({ left: l, right: r })
  }
  return out
}

function lemmaOf(side: string): string | undefined {
  const word = side.replace(/<s\b[^>]*\/>/g, '').trim().toLowerCase()
  return /^\p{L}+(?:-\p{L}+)?$/u.test(word) ? word : undefined
}

/**
 * OpenRussian.org word lists (CC BY-SA 4.0) as published in github:Badestrand/russian-dictionary: the
 * `*-russian_to_en.json` files give each word's first English translation, `others.csv` all translations of
 * the function and other words (tab-separated: bare, accented, translations_en "a; b; c", translations_de).
 */
export function readOpenRussian(jsonFiles: readonly MirrorFile[], othersCsv: MirrorFile): { word: string; english: string; rank: number }[] {
  const out: { word: string; english: string; rank: number }[] = []
  for (const file of jsonFiles) {
    const map = JSON.parse(gitShow(file)) as Record<string, string>
    for (const [word, english] of Object.entries(map)) out.push({ word: word.toLowerCase(), english, rank: 0 })
  }
  for (const line of gitShow(othersCsv).split('\n').slice(1)) {
    const [bare, , en] = line.split('\t')
    if (!bare || !en) continue
    en.split(/;\s*/).forEach((english, rank) => out.push({ word: bare.toLowerCase(), english, rank }))
  }
  return out
}

export type { Translation }
