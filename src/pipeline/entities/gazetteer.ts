import type { EntityKind } from '../../model/index.js'
import { foldName } from '../text/index.js'
import places from './data/places.json' with { type: 'json' }
import organizations from './data/organizations.json' with { type: 'json' }
import weapons from './data/weapons.json' with { type: 'json' }
import givenNames from './data/given-names.json' with { type: 'json' }
import roles from './data/roles.json' with { type: 'json' }

/** A known named thing: one canonical name, its other spellings, and for places the demonyms. */
export interface GazetteerEntry {
  readonly id: string
  readonly name: string
  readonly kind: EntityKind
  readonly aliases: readonly string[]
  readonly demonyms: readonly string[]
  readonly isWire: boolean
  /** A weapon name that is also an ordinary word or name ("Patriot", "Javelin"): only with a weapon cue nearby. */
  readonly needsCue: boolean
}

export interface Role {
  readonly term: string
  readonly isNeutral: boolean
  readonly isTitle: boolean
}

/** Lookup tables compiled once from the data files in ./data (each entry there cites its source). */
export interface Gazetteer {
  readonly byId: ReadonlyMap<string, GazetteerEntry>
  /** Folded name or alias ("russian federation") → entry. */
  readonly byName: ReadonlyMap<string, GazetteerEntry>
  /** Folded demonym ("poles", "belarusian") → the place entry. */
  readonly byDemonym: ReadonlyMap<string, GazetteerEntry>
  /** Longest alias length in words: bounds the lookahead when matching token runs. */
  readonly maxWords: number
  /** Every leading run of words of every name and alias ("united", "united states"): a lookahead stops early. */
  readonly prefixes: ReadonlySet<string>
  readonly englishGivenNames: ReadonlySet<string>
  readonly givenNames: ReadonlySet<string>
  /** Folded role noun ("president", "prime minister") → role. */
  readonly roles: ReadonlyMap<string, Role>
  /** Nouns that mark an unknown name as a weapon system ("missile", "complex"). */
  readonly weaponCues: ReadonlySet<string>
}

interface RawEntry {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly aliases?: readonly string[]
  readonly demonyms?: readonly string[]
  readonly wire?: boolean
  readonly needsCue?: boolean
}

let cached: Gazetteer | undefined

/** The built-in gazetteer, compiled on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= compileGazetteer()
  return cached
}

function compileGazetteer(): Gazetteer {
  const byId = new Map<string, GazetteerEntry>()
  const byName = new Map<string, GazetteerEntry>()
  const byDemonym = new Map<string, GazetteerEntry>()
  let maxWords = 1
  const prefixes = new Set<string>()
  const rawEntries: RawEntry[] = [
    ...(places.entries as RawEntry[]),
    ...(organizations.entries as RawEntry[]),
    ...(weapons.entries as RawEntry[]),
  ]
  for (const raw of rawEntries) {
    const entry: GazetteerEntry = {
      id: raw.id,
      name: raw.name,
      kind: toKind(raw.kind),
      aliases: raw.aliases ?? [],
      demonyms: raw.demonyms ?? [],
      isWire: raw.wire === true,
      needsCue: raw.needsCue === true,
    }
    byId.set(entry.id, entry)
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = foldName(alias)
      if (!key) continue
      // First entry wins: data files list countries before cities, so "Georgia" is the country.
      if (!byName.has(key)) byName.set(key, entry)
      // Case-sensitive abbreviations ("US", "UN") are only matched in capitals: see find-mentions.
      const words = key.split(' ')
      maxWords = Math.max(maxWords, words.length)
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '))
    }
    for (const demonym of entry.demonyms) {
      const key = foldName(demonym)
      if (key && !byDemonym.has(key)) byDemonym.set(key, entry)
    }
  }
  const names = givenNames.names as Record<string, readonly string[]>
  const englishGivenNames = new Set((names['en'] ?? []).map(foldName))
  const allGivenNames = new Set(Object.values(names).flat().map(foldName))
  const roleMap = new Map<string, Role>()
  for (const r of roles.roles as { term: string; neutral?: boolean; title?: boolean }[]) {
    roleMap.set(foldName(r.term), { term: r.term, isNeutral: r.neutral !== false, isTitle: r.title === true })
  }
  const cues = (weapons as { cue_nouns?: readonly string[] }).cue_nouns ?? []
  return {
    byId,
    byName,
    byDemonym,
    maxWords,
    prefixes,
    englishGivenNames,
    givenNames: allGivenNames,
    roles: roleMap,
    weaponCues: new Set(cues.map(foldName)),
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
