import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom as random } from '../../scripts/lib/seeded-random.js'

const WORDS = 'government minister council report border troops missile summit treaty election vote court ruling police storm flood fire rescue hospital market bank inflation strike union protest mayor city village bridge road airport train ship harbour factory school university scientist study vaccine virus drought harvest price export import tariff budget debt loan energy pipeline gas oil power grid'.split(' ')
const NAMES = 'Adler Brandt Castillo Dubois Eriksen Fischer Garcia Horvat Ivanov Jansen Kowalski Larsen Moreau Novak Olsen Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zelenko'.split(' ')
const PLACES = 'Arden Belmor Corvin Dalt Esker Fenn Gorsk Halden Istra Jorvik Kessel Lund Marrow Norrin Osk Pell'.split(' ')


const SYLLABLES = 'ka lo mi ru ten vor an si del pra mo gu zel tir bo na fen ri sol ve'.split(' ')

function pseudoWord(r: () => number): string {
  let word = ''
  for (let i = 0; i < 3; i++) word += SYLLABLES[Math.floor(r() * SYLLABLES.length)]
  return word
}

/** One synthetic news text of `event` (its names, place and numbers recur across the event's articles). */
export function syntheticArticle(event: number, n: number): string {
  const rnd = random(event * 100_003 + n)
  const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T
  const ev = random(event + 1)
  const who = `${pick(NAMES, ev)} ${pick(NAMES, ev)}`
  const where = pick(PLACES, ev)
  const number = 10 + Math.floor(ev() * 900)
  // Event-specific made-up words ("talvoran") keep events apart the way real events' specific vocabulary does.
  const topic = [pseudoWord(ev), pseudoWord(ev), pseudoWord(ev)]
  const sentences = [`${who} spoke in ${where} about the ${topic[0]} and the ${topic[1]}.`, `Officials counted ${number} cases of ${topic[2]} near ${where}.`]
  for (let i = 0; i < 8; i++) {
    const words = Array.from({ length: 12 }, () => (rnd() < 0.3 ? pick(topic, rnd) : pick(WORDS, rnd)))
    sentences.push(`${words.join(' ')} ${rnd() < 0.5 ? who : where}.`)
  }
  return `${who} in ${where}: ${topic[0]} ${n}\n\n${sentences.join(' ')}`
}

/** Writes `count` text files (events of `perEvent` articles) into `dir`; returns their paths. */
export function writeSyntheticCorpus(dir: string, count: number, perEvent = 20): string[] {
  mkdirSync(dir, { recursive: true })
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const path = join(dir, `${String(i).padStart(6, '0')}.txt`)
    writeFileSync(path, syntheticArticle(Math.floor(i / perEvent), i))
    paths.push(path)
  }
  return paths
}

/**
 * `count` JSON Lines documents of events of `perEvent` articles, event `e` dated `e × hoursPerEvent` hours after
 * 2024-01-01 (so a long corpus spans weeks and stories retire while it is ingested), with every 25th document a
 * reprint of the one before (the same text plus a wire line: a near-duplicate) and every 40th an exact copy at
 * another URL. Articles of an event are interleaved with the next event's, so one-pass grouping has joins to undo.
 * Writes the file at `path`.
 */
export function writeSyntheticJsonl(path: string, count: number, options: { perEvent?: number; hoursPerEvent?: number } = {}): void {
  const perEvent = options.perEvent ?? 20
  const hours = options.hoursPerEvent ?? 12
  const lines: string[] = []
  let previous: { url: string; text: string; title: string; publishedAt: string } | undefined
  for (let i = 0; i < count; i++) {
    if (previous !== undefined && i % 25 === 24) {
      lines.push(JSON.stringify({ ...previous, url: `https://wire.example/reprint/${i}`, outlet: 'Wire Reprints', text: `${previous.text}\n\nDistributed by a wire service.` }))
      continue
    }
    if (previous !== undefined && i % 40 === 39) {
      lines.push(JSON.stringify({ ...previous, url: `https://copy.example/${i}`, outlet: 'Copy Desk' }))
      continue
    }
    // Pairs of events interleaved: 0 1 0 1 …, then 2 3 2 3 …
    const block = Math.floor(i / (2 * perEvent))
    const event = 2 * block + (i % 2)
    const [title = '', ...body] = syntheticArticle(event, i).split('\n\n')
    const publishedAt = new Date(Date.UTC(2024, 0, 1) + event * hours * 3_600_000 + (i % 7) * 600_000).toISOString()
    previous = { url: `https://outlet${i % 5}.example/${event}/${i}`, title, text: body.join('\n\n'), publishedAt }
    lines.push(JSON.stringify({ ...previous, outlet: `Outlet ${i % 5}` }))
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
}
