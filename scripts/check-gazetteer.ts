/**
 * Checks the entity gazetteer data files (src/pipeline/entities/data/*.json) and prints what is wrong.
 * Usage: npx tsx scripts/check-gazetteer.ts [--warnings]   Exit code 1 when any problem is found.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateGazetteer } from '../src/pipeline/entities/data/index.js'

const dataDir = fileURLToPath(new URL('../src/pipeline/entities/data/', import.meta.url))

function readJson(name: string): unknown {
  const path = dataDir + name
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`check-gazetteer: cannot read ${path}: ${reason}`)
    process.exit(2)
  }
}

const files = {
  places: readJson('places.json'),
  organizations: readJson('organizations.json'),
  weapons: readJson('weapons.json'),
  givenNames: readJson('given-names.json'),
  roles: readJson('roles.json'),
  people: readJson('people.json'),
  groups: readJson('groups.json'),
}
const { problems, warnings } = validateGazetteer(files)
console.log(`places ${countOf(files.places, 'entries')}, organizations ${countOf(files.organizations, 'entries')}, weapons ${countOf(files.weapons, 'entries')}, roles ${countOf(files.roles, 'roles')}, given names ${countGivenNames(files.givenNames)}, people ${countOf(files.people, 'entries')}, groups ${countOf(files.groups, 'groups')}`)
if (process.argv.includes('--warnings')) for (const warning of warnings) console.log(`warning: ${warning}`)
else if (warnings.length > 0) console.log(`${warnings.length} cross-kind name overlaps (run with --warnings to list)`)
for (const problem of problems) console.error(`problem: ${problem}`)
console.log(problems.length === 0 ? 'gazetteer OK' : `${problems.length} problems`)
process.exitCode = problems.length === 0 ? 0 : 1

function countOf(data: unknown, field: string): number {
  const list = isRecord(data) ? data[field] : undefined
  return Array.isArray(list) ? list.length : 0
}

function countGivenNames(data: unknown): number {
  const names = isRecord(data) ? data['names'] : undefined
  if (!isRecord(names)) return 0
  return Object.values(names).reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
