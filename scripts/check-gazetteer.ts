/**
 * Checks the entity gazetteer data files (src/pipeline/entities/data/*.json) and prints what is wrong.
 * Usage: npx tsx scripts/check-gazetteer.ts [--warnings] [--coverage FILE_OR_DIR...]
 * Exit code 1 when any problem is found. --coverage reads .txt files and reports how many capitalised
 * name runs the data resolves, with the most frequent unresolved ones (a to-do list for curators).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateGazetteer } from '../src/pipeline/entities/data/index.js'
import { FUNCTION_WORDS, MONTHS, WEEKDAYS, foldName } from '../src/pipeline/text/index.js'

// Capitalised words that are never names, for --coverage: "The", "Friday", "December"
const NOT_NAMES = new Set([...FUNCTION_WORDS, ...MONTHS, ...WEEKDAYS])
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
const coverageAt = process.argv.indexOf('--coverage')
if (coverageAt >= 0) reportCoverage(process.argv.slice(coverageAt + 1))

function reportCoverage(paths: readonly string[]): void {
  const known = new Set<string>()
  for (const data of [files.places, files.organizations, files.weapons, files.people]) {
    for (const entry of listOf(data, 'entries')) for (const form of [...stringsOf(entry, 'name'), ...stringsOf(entry, 'aliases'), ...stringsOf(entry, 'demonyms')]) known.add(foldName(form))
  }
  for (const group of listOf(files.groups, 'groups')) for (const form of stringsOf(group, 'forms')) known.add(foldName(form))
  const titles = new Set<string>()
  for (const role of listOf(files.roles, 'roles')) for (const term of stringsOf(role, 'term')) titles.add(foldName(term))
  const unresolved = new Map<string, number>()
  let runs = 0
  let resolved = 0
  for (const file of paths.flatMap(textFiles)) {
    const text = readFileSync(file, 'utf8')
    // Capitalised word runs, allowing "of"/"the" inside ("Council of the European Union")
    for (const match of text.matchAll(/(?<=[^.!?\s"“][ \t]+)\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{L}+)*(?:[ \t]+(?:(?:of|the|for)[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{L}+)*)*/gu)) {
      // "President Trump" → "Trump": a leading title or role is not part of the name
      const words = match[0].replace(/['’]s$|\.$/u, '').split(/\s+/)
      while (words.length > 1 && titles.has(foldName(words[0] ?? ''))) words.shift()
      const run = words.join(' ')
      // "I", "The", "Friday": pronouns, function words and dates are not names
      if (run.length < 2 || NOT_NAMES.has(foldName(run))) continue
      runs++
      if (known.has(foldName(run)) || titles.has(foldName(run))) resolved++
      else unresolved.set(run, (unresolved.get(run) ?? 0) + 1)
    }
  }
  const share = runs === 0 ? 0 : resolved / runs
  console.log(`coverage: ${resolved} of ${runs} mid-sentence capitalised runs resolve (${(share * 100).toFixed(1)}%)`)
  const top = [...unresolved].sort((a, b) => b[1] - a[1]).slice(0, 25)
  console.log(`most frequent unresolved: ${top.map(([run, n]) => `${run} (${n})`).join(', ')}`)
}

function textFiles(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path]
    return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).map((name) => join(path, name))
  } catch (error) {
    console.error(`check-gazetteer: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
    return []
  }
}

function listOf(data: unknown, field: string): unknown[] {
  const list = isRecord(data) ? data[field] : undefined
  return Array.isArray(list) ? list : []
}

function stringsOf(item: unknown, field: string): string[] {
  const value = isRecord(item) ? item[field] : undefined
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

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
