import { checkEntryFile } from './check-entry-file.js'
import { checkGivenNames, checkGroups, checkRoles, checkWeaponCues } from './check-word-lists.js'

/** The data files as parsed JSON, before any checking. */
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
