import { foldName } from '../../text/index.js'
import { isNonEmptyString, isRecord, isStringArray, noteKind } from './validation-helpers.js'

/** weapons.json `cue_nouns`: lower-case, unique. */
export function checkWeaponCues(data: unknown, problems: string[]): void {
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

/** roles.json: required fields, a note on every loaded label, unique folded terms. */
export function checkRoles(data: unknown, problems: string[], kindByName: Map<string, Set<string>>): void {
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

/** given-names.json: three lists of single capitalised words, no folded repeats within a list. */
export function checkGivenNames(data: unknown, problems: string[], kindByName: Map<string, Set<string>>): void {
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

/** groups.json: required fields, a known type, no form in two groups. */
export function checkGroups(data: unknown, problems: string[], ids: Map<string, string>, kindByName: Map<string, Set<string>>): void {
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
