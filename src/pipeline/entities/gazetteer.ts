import type { EntityKind } from '../../model/index.js'
import { readFileOnce } from '../prefetch-files.js'

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

/** Lookup tables from the data files in ./data (each entry there cites its source), read once, ready-made. */
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

/**
 * The tables as data/gazetteer.prepared.json holds them (prepare-gazetteer.ts computes them from the data files):
 * entries as [id, name, kind, aliases, demonyms, flags (1 wire, 2 needs a cue)], and folded names, demonyms and
 * roles with the entry (index) or role they stand for, in the order the look-ups are built.
 */
export interface PreparedGazetteer {
  readonly builtFrom: string
  readonly entries: readonly (readonly [string, string, EntityKind, readonly string[], readonly string[], number])[]
  readonly byName: readonly (readonly [string, number])[]
  readonly byDemonym: readonly (readonly [string, number])[]
  readonly maxWords: number
  readonly prefixes: readonly string[]
  readonly englishGivenNames: readonly string[]
  readonly givenNames: readonly string[]
  readonly roles: readonly (readonly [string, string, boolean, boolean])[]
  readonly weaponCues: readonly string[]
}

export const PREPARED_GAZETTEER_FILE = 'gazetteer.prepared.json'

let cached: Gazetteer | undefined

/** The built-in gazetteer, read on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= gazetteerFrom(JSON.parse(readFileOnce(new URL(`./data/${PREPARED_GAZETTEER_FILE}`, import.meta.url)).toString('utf8')) as PreparedGazetteer)
  return cached
}

/** The look-up tables of prepared ones. */
export function gazetteerFrom(prepared: PreparedGazetteer): Gazetteer {
  const entries = prepared.entries.map(
    ([id, name, kind, aliases, demonyms, flags]): GazetteerEntry => ({ id, name, kind, aliases, demonyms, isWire: (flags & 1) !== 0, needsCue: (flags & 2) !== 0 }),
  )
  return {
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    byName: new Map(prepared.byName.map(([key, index]) => [key, entries[index]!])),
    byDemonym: new Map(prepared.byDemonym.map(([key, index]) => [key, entries[index]!])),
    maxWords: prepared.maxWords,
    prefixes: new Set(prepared.prefixes),
    englishGivenNames: new Set(prepared.englishGivenNames),
    givenNames: new Set(prepared.givenNames),
    roles: new Map(prepared.roles.map(([key, term, isNeutral, isTitle]) => [key, { term, isNeutral, isTitle }])),
    weaponCues: new Set(prepared.weaponCues),
  }
}
