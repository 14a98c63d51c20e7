import { foldName } from '../../text/index.js'
import { isNonEmptyString, isRecord, isStringArray, noteKind } from './validation-helpers.js'

/** What the entry-file check adds to as it goes; ids and names span all files. */
export interface Collector {
  readonly problems: string[]
  /** id → file it was first seen in. */
  readonly ids: Map<string, string>
  /** Folded name → kinds using it, for cross-kind warnings. */
  readonly kindByName: Map<string, Set<string>>
  readonly partOfRefs: { where: string; target: string }[]
}

const ENTRY_KEYS = new Set(['id', 'name', 'kind', 'aliases', 'demonyms', 'source', 'note', 'wire', 'partOf', 'capital', 'class', 'needsCue'])
// "country:BY", "city:UA:kyiv", "us-state:NY", "org:nato": a lower-case type, then code or slug parts
const ID_PATTERN = /^[a-z][a-z-]*(:[A-Za-z0-9][A-Za-z0-9.-]*)+$/

/** Checks one of places/organizations/weapons/people.json: fields, ids, and names shared within the file. */
export function checkEntryFile(file: string, data: unknown, kind: string, out: Collector): void {
  const { problems } = out
  if (!isRecord(data)) {
    problems.push(`${file}: top level is not an object`)
    return
  }
  if (!isNonEmptyString(data['source'])) problems.push(`${file}: missing top-level "source"`)
  const ambiguous = new Set<string>()
  const rawAmbiguous = data['ambiguous']
  if (rawAmbiguous !== undefined) {
    if (!isStringArray(rawAmbiguous)) problems.push(`${file}: "ambiguous" is not a list of strings`)
    else for (const name of rawAmbiguous) ambiguous.add(foldName(name))
  }
  const entries = data['entries']
  if (!Array.isArray(entries)) {
    problems.push(`${file}: "entries" is not a list`)
    return
  }
  // Folded surface form → ids of the entries using it; names and demonyms are separate lookups.
  const byName = new Map<string, string[]>()
  const byDemonym = new Map<string, string[]>()
  entries.forEach((raw: unknown, index) => {
    const where = `${file}: entries[${index}]`
    if (!isRecord(raw)) {
      problems.push(`${where}: not an object`)
      return
    }
    const id = raw['id']
    const label = isNonEmptyString(id) ? `${where} (${id})` : where
    for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) problems.push(`${label}: unknown field "${key}"`)
    for (const field of ['id', 'name', 'kind', 'source'] as const) {
      if (!isNonEmptyString(raw[field])) problems.push(`${label}: missing "${field}"`)
    }
    if (raw['kind'] !== kind) problems.push(`${label}: kind is ${JSON.stringify(raw['kind'])}, expected "${kind}"`)
    if (isNonEmptyString(id)) {
      if (!ID_PATTERN.test(id)) problems.push(`${label}: id does not look like "type:code"`)
      const seenIn = out.ids.get(id)
      if (seenIn !== undefined) problems.push(`${label}: duplicate id (also in ${seenIn})`)
      else out.ids.set(id, file)
    }
    for (const field of ['note', 'class'] as const) {
      if (raw[field] !== undefined && !isNonEmptyString(raw[field])) problems.push(`${label}: "${field}" is not a string`)
    }
    for (const field of ['wire', 'capital', 'needsCue'] as const) {
      if (raw[field] !== undefined && typeof raw[field] !== 'boolean') problems.push(`${label}: "${field}" is not a boolean`)
    }
    const partOf = raw['partOf']
    if (partOf !== undefined) {
      if (isNonEmptyString(partOf)) out.partOfRefs.push({ where: label, target: partOf })
      else problems.push(`${label}: "partOf" is not a string`)
    }
    const entryId = isNonEmptyString(id) ? id : `#${index}`
    const names = readNames(raw, 'aliases', label, problems)
    const demonyms = readNames(raw, 'demonyms', label, problems)
    const surface = isNonEmptyString(raw['name']) ? [raw['name'], ...names] : names
    addForms(surface, entryId, byName, label, problems)
    addForms(demonyms, entryId, byDemonym, label, problems)
    for (const form of surface) noteKind(out.kindByName, foldName(form), kind)
  })
  reportShared(file, 'name or alias', byName, ambiguous, problems)
  reportShared(file, 'demonym', byDemonym, ambiguous, problems)
  reportStaleAmbiguous(file, ambiguous, [byName, byDemonym], problems)
}

function readNames(raw: Record<string, unknown>, field: string, label: string, problems: string[]): string[] {
  const value = raw[field]
  if (value === undefined) return []
  if (!isStringArray(value)) {
    problems.push(`${label}: "${field}" is not a list of strings`)
    return []
  }
  for (const name of value) {
    if (name.trim() !== name || name === '') problems.push(`${label}: ${field} has blank or padded "${name}"`)
    else if (foldName(name) === '') problems.push(`${label}: ${field} "${name}" folds to nothing`)
  }
  return value.filter((name) => foldName(name) !== '')
}

/**
 * Records each folded form once per entry. Spellings that fold alike stay in the data on purpose
 * ("Дніпро" beside "Dnipro": the reader sees the script the outlet used); only exact repeats are errors.
 */
function addForms(forms: readonly string[], id: string, index: Map<string, string[]>, label: string, problems: string[]): void {
  const exact = new Set<string>()
  const own = new Set<string>()
  for (const form of forms) {
    if (exact.has(form)) problems.push(`${label}: "${form}" is listed twice`)
    exact.add(form)
    const key = foldName(form)
    if (own.has(key)) continue
    own.add(key)
    const holders = index.get(key)
    if (holders) holders.push(id)
    else index.set(key, [id])
  }
}

function reportShared(
  file: string,
  what: string,
  index: ReadonlyMap<string, readonly string[]>,
  ambiguous: ReadonlySet<string>,
  problems: string[],
): void {
  for (const [key, holders] of index) {
    if (holders.length > 1 && !ambiguous.has(key)) {
      problems.push(`${file}: ${what} "${key}" is shared by ${holders.join(', ')}; list it under "ambiguous" if intended`)
    }
  }
}

/** An allow-list entry nothing needs any more hides the next real clash: flag it. */
function reportStaleAmbiguous(
  file: string,
  ambiguous: ReadonlySet<string>,
  indexes: readonly ReadonlyMap<string, readonly string[]>[],
  problems: string[],
): void {
  for (const key of ambiguous) {
    if (!indexes.some((index) => (index.get(key)?.length ?? 0) > 1)) {
      problems.push(`${file}: "ambiguous" lists "${key}", which no two entries share`)
    }
  }
}
