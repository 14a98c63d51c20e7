/**
 * The gazetteer's look-up tables, computed from the data files in ./data (places, organizations, weapons, given
 * names, roles; each entry there cites its source) into one committed file, data/gazetteer.prepared.json, that
 * gazetteer.ts reads at run time. Folding ~15,000 names and building their prefix runs cost 20–35 ms of every
 * cold start (issue 19); reading the tables ready-made costs a few. Not imported at run time.
 *
 * After editing a data file: npx tsx scripts/build/build-gazetteer.ts (a test fails while the file is stale).
 */
import { foldName } from '../text/index.js'
import type { EntityKind } from '../../model/index.js'
import places from './data/places.json' with { type: 'json' }
import organizations from './data/organizations.json' with { type: 'json' }
import weapons from './data/weapons.json' with { type: 'json' }
import givenNames from './data/given-names.json' with { type: 'json' }
import roles from './data/roles.json' with { type: 'json' }
import type { PreparedGazetteer } from './gazetteer.js'

interface RawEntry {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly aliases?: readonly string[]
  readonly demonyms?: readonly string[]
  readonly wire?: boolean
  readonly needsCue?: boolean
}

/** The tables for the data files as they are now. */
export function prepareGazetteer(): PreparedGazetteer {
  const rawEntries: RawEntry[] = [...(places.entries as RawEntry[]), ...(organizations.entries as RawEntry[]), ...(weapons.entries as RawEntry[])]
  const byName = new Map<string, number>()
  const byDemonym = new Map<string, number>()
  const prefixes = new Set<string>()
  let maxWords = 1
  rawEntries.forEach((raw, index) => {
    for (const alias of [raw.name, ...(raw.aliases ?? [])]) {
      const key = foldName(alias)
      if (!key) continue
      // First entry wins: data files list countries before cities, so "Georgia" is the country.
      if (!byName.has(key)) byName.set(key, index)
      // Case-sensitive abbreviations ("US", "UN") are only matched in capitals: see find-mentions.
      const words = key.split(' ')
      maxWords = Math.max(maxWords, words.length)
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '))
    }
    for (const demonym of raw.demonyms ?? []) {
      const key = foldName(demonym)
      if (key && !byDemonym.has(key)) byDemonym.set(key, index)
    }
  })
  const names = givenNames.names as Record<string, readonly string[]>
  return {
    builtFrom: 'places, organizations, weapons, given-names and roles.json by scripts/build/build-gazetteer.ts',
    entries: rawEntries.map((raw) => [raw.id, raw.name, toKind(raw.kind), raw.aliases ?? [], raw.demonyms ?? [], (raw.wire === true ? 1 : 0) | (raw.needsCue === true ? 2 : 0)]),
    byName: [...byName],
    byDemonym: [...byDemonym],
    maxWords,
    prefixes: [...prefixes],
    englishGivenNames: [...new Set((names['en'] ?? []).map(foldName))],
    givenNames: [...new Set(Object.values(names).flat().map(foldName))],
    roles: (roles.roles as { term: string; neutral?: boolean; title?: boolean }[]).map((r) => [foldName(r.term), r.term, r.neutral !== false, r.title === true]),
    weaponCues: [...new Set(((weapons as { cue_nouns?: readonly string[] }).cue_nouns ?? []).map(foldName))],
  }
}

function toKind(kind: string): EntityKind {
  switch (kind) {
    case 'person':
    case 'place':
    case 'organization':
    case 'weapon':
    case 'event':
      return kind
    default:
      return 'other'
  }
}
