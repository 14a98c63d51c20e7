import { foldName } from '../../text/index.js'

/** The five data files as parsed JSON, before any checking. */
export interface GazetteerFiles {
  readonly places: unknown
  readonly organizations: unknown
  readonly weapons: unknown
  readonly givenNames: unknown
  readonly roles: unknown
  /** people.json: optional, same entry shape with kind "person". */
  readonly people?: unknown
  /** groups.json: optional religious, ethnic and ideological group words. */
  readonly groups?: unknown
}

export interface GazetteerReport {
  /** Broken data: each makes the check fail. */
  readonly problems: readonly string[]
  /** Legal but worth a look: one folded name used by entries of different kinds ("Jordan" place / given name). */
  readonly warnings: readonly string[]
}

/**
 * Checks the gazetteer data files: every entry has id/name/kind/source, ids are unique across files,
 * and no folded name, alias or demonym belongs to two entries of one kind unless the file lists it
 * under "ambiguous". Names are compared after `foldName`, the key the recogniser looks them up by,
 * so "Białoruś" and "Bialorus" count as the same alias.
 *
 * @example validateGazetteer({ places, organizations, weapons, givenNames, roles }).problems // → []
 */
export function validateGazetteer(files: GazetteerFiles): GazetteerReport {
  const problems: string[] = []
  const warnings: string[] = []
  const ids = new Map<string, string>()
  const kindByName = new Map<string, Set<string>>()
  const entryFiles = [
    { file: 'places.json', data: files.places, kind: 'place' },
    { file: 'organizations.json', data: files.organizations, kind: 'organization' },
    { file: 'weapons.json', data: files.weapons, kind: 'weapon' },
    ...(files.people === undefined ? [] : [{ file: 'people.json', data: files.people, kind: 'person' }]),
  ] as const
  const partOfRefs: { where: string; target: string }[] = []
  for (const { file, data, kind } of entryFiles) {
    checkEntryFile(file, data, kind, { problems, ids, kindByName, partOfRefs })
  }
  for (const ref of partOfRefs) {
    if (!ids.has(ref.target)) problems.push(`${ref.where}: partOf "${ref.target}" is not an id in any file`)
  }
  checkWeaponCues(files.weapons, problems)
  checkRoles(files.roles, problems, kindByName)
  checkGivenNames(files.givenNames, problems, kindByName)
  if (files.groups !== undefined) checkGroups(files.groups, problems, ids, kindByName)
  for (const [key, kinds] of kindByName) {
    if (kinds.size > 1) warnings.push(`"${key}" is used by more than one kind: ${[...kinds].sort().join(', ')}`)
  }
  return { problems, warnings }
}

interface Collector {
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

function checkEntryFile(file: string, data: unknown, kind: string, out: Collector): void {
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

function checkWeaponCues(data: unknown, problems: string[]): void {
  if (!isRecord(data)) return
  const cues = data['cue_nouns']
  if (!isStringArray(cues)) {
    problems.push('weapons.json: "cue_nouns" is not a list of strings')
    return
  }
  const seen = new Set<string>()
  for (const cue of cues) {
    const key = foldName(cue)
    if (cue !== cue.toLowerCase() || key === '') problems.push(`weapons.json: cue noun "${cue}" is not a lower-case word`)
    if (seen.has(key)) problems.push(`weapons.json: cue noun "${cue}" is listed twice`)
    seen.add(key)
  }
}

const ROLE_KEYS = new Set(['term', 'kind', 'neutral', 'title', 'note', 'source'])

function checkRoles(data: unknown, problems: string[], kindByName: Map<string, Set<string>>): void {
  if (!isRecord(data)) {
    problems.push('roles.json: top level is not an object')
    return
  }
  if (!isNonEmptyString(data['source'])) problems.push('roles.json: missing top-level "source"')
  const roles = data['roles']
  if (!Array.isArray(roles)) {
    problems.push('roles.json: "roles" is not a list')
    return
  }
  const seen = new Set<string>()
  roles.forEach((raw: unknown, index) => {
    const where = `roles.json: roles[${index}]`
    if (!isRecord(raw)) {
      problems.push(`${where}: not an object`)
      return
    }
    const term = raw['term']
    const label = isNonEmptyString(term) ? `${where} (${term})` : where
    for (const key of Object.keys(raw)) if (!ROLE_KEYS.has(key)) problems.push(`${label}: unknown field "${key}"`)
    if (!isNonEmptyString(term)) problems.push(`${label}: missing "term"`)
    if (!isNonEmptyString(raw['kind'])) problems.push(`${label}: missing "kind"`)
    if (!isNonEmptyString(raw['source'])) problems.push(`${label}: missing "source"`)
    if (typeof raw['neutral'] !== 'boolean') problems.push(`${label}: "neutral" is not a boolean`)
    if (raw['title'] !== undefined && typeof raw['title'] !== 'boolean') problems.push(`${label}: "title" is not a boolean`)
    // A loaded label needs its reason written down ("label", "pejorative"): the brief must be able to say why.
    if (raw['neutral'] === false && !isNonEmptyString(raw['note'])) problems.push(`${label}: a non-neutral role needs a "note"`)
    if (!isNonEmptyString(term)) return
    const key = foldName(term)
    // The recogniser keys roles by folded term, so two entries with one key would silently overwrite each other.
    if (seen.has(key)) problems.push(`${label}: term repeats another role (folded "${key}")`)
    seen.add(key)
    noteKind(kindByName, key, 'role')
  })
}

function checkGivenNames(data: unknown, problems: string[], kindByName: Map<string, Set<string>>): void {
  if (!isRecord(data)) {
    problems.push('given-names.json: top level is not an object')
    return
  }
  if (!isNonEmptyString(data['source'])) problems.push('given-names.json: missing top-level "source"')
  const names = data['names']
  if (!isRecord(names)) {
    problems.push('given-names.json: "names" is not an object')
    return
  }
  for (const group of ['en', 'slavic', 'other']) {
    const list = names[group]
    if (!isStringArray(list)) {
      problems.push(`given-names.json: names.${group} is not a list of strings`)
      continue
    }
    const seen = new Set<string>()
    for (const name of list) {
      // One capitalised word, hyphens and apostrophes allowed: "Jean-Pierre", "O'Neil"
      if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(name)) problems.push(`given-names.json: names.${group} has "${name}", not one capitalised word`)
      const key = foldName(name)
      if (seen.has(key)) problems.push(`given-names.json: names.${group} lists "${name}" twice (folded "${key}")`)
      seen.add(key)
      noteKind(kindByName, key, 'given name')
    }
  }
}

const GROUP_KEYS = new Set(['id', 'name', 'forms', 'type', 'note', 'source'])
const GROUP_TYPES = new Set(['religion', 'ethnicity', 'ideology', 'other'])

function checkGroups(data: unknown, problems: string[], ids: Map<string, string>, kindByName: Map<string, Set<string>>): void {
  if (!isRecord(data)) {
    problems.push('groups.json: top level is not an object')
    return
  }
  if (!isNonEmptyString(data['source'])) problems.push('groups.json: missing top-level "source"')
  const groups = data['groups']
  if (!Array.isArray(groups)) {
    problems.push('groups.json: "groups" is not a list')
    return
  }
  const owner = new Map<string, string>()
  groups.forEach((raw: unknown, index) => {
    const where = `groups.json: groups[${index}]`
    if (!isRecord(raw)) {
      problems.push(`${where}: not an object`)
      return
    }
    const id = raw['id']
    const label = isNonEmptyString(id) ? `${where} (${id})` : where
    for (const key of Object.keys(raw)) if (!GROUP_KEYS.has(key)) problems.push(`${label}: unknown field "${key}"`)
    for (const field of ['id', 'name', 'source'] as const) {
      if (!isNonEmptyString(raw[field])) problems.push(`${label}: missing "${field}"`)
    }
    if (typeof raw['type'] !== 'string' || !GROUP_TYPES.has(raw['type'])) problems.push(`${label}: "type" is not one of ${[...GROUP_TYPES].join(', ')}`)
    if (isNonEmptyString(id)) {
      if (!id.startsWith('group:')) problems.push(`${label}: id does not start with "group:"`)
      const seenIn = ids.get(id)
      if (seenIn !== undefined) problems.push(`${label}: duplicate id (also in ${seenIn})`)
      else ids.set(id, 'groups.json')
    }
    const forms = raw['forms']
    if (!isStringArray(forms) || forms.length === 0) {
      problems.push(`${label}: "forms" is not a non-empty list of strings`)
      return
    }
    for (const form of new Set(forms.map(foldName))) {
      const other = owner.get(form)
      if (other !== undefined) problems.push(`${label}: form "${form}" is also a form of ${other}`)
      else owner.set(form, isNonEmptyString(id) ? id : `#${index}`)
      noteKind(kindByName, form, 'group')
    }
  })
}

function noteKind(index: Map<string, Set<string>>, key: string, kind: string): void {
  const kinds = index.get(key)
  if (kinds) kinds.add(kind)
  else index.set(key, new Set([kind]))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
