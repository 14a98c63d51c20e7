/**
 * Derives city names in uk, ru, be, pl, cs and de for the gazetteer's cities from CLDR (the exemplar city of each
 * time zone: Europe/Minsk → "Минск", "Mińsk", …) into src/pipeline/entities/data/city-names.json.
 *
 * Usage (CLDR JSON from npm, Unicode licence; installed outside the repo so the shared node_modules stays as it is):
 *   npm install --prefix /tmp/cldr cldr-dates-full@48.2.0
 *   npx tsx scripts/build/build-city-names.ts /tmp/cldr/node_modules/cldr-dates-full
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { foldName } from '../../src/pipeline/text/index.js'

const LANGUAGES = ['uk', 'ru', 'be', 'pl', 'cs', 'de'] as const
const dataDir = fileURLToPath(new URL('../../src/pipeline/entities/data/', import.meta.url))

interface Zone {
  readonly exemplarCity?: string
}
type ZoneTree = { readonly [name: string]: Zone | ZoneTree }

/** Time zone id ("Europe/Kiev") → exemplar city in `lang`; the English name is the id's last part unless CLDR says. */
function exemplarCities(cldrDir: string, lang: string): Map<string, string> {
  const file = join(cldrDir, 'main', lang, 'timeZoneNames.json')
  const json = JSON.parse(readFileSync(file, 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> }
  const zones = json.main[lang]!.dates.timeZoneNames.zone
  const out = new Map<string, string>()
  const walk = (tree: ZoneTree, path: string): void => {
    for (const [name, value] of Object.entries(tree)) {
      const id = path ? `${path}/${name}` : name
      if ('_type' in value || 'exemplarCity' in value || 'long' in value) {
        const city = (value as Zone).exemplarCity
        if (city) out.set(id, city)
      } else walk(value as ZoneTree, id)
    }
  }
  walk(zones, '')
  return out
}

function main(): void {
  const cldrDir = process.argv[2]
  if (!cldrDir) {
    console.error('usage: build-city-names.ts CLDR_DATES_FULL_DIR')
    process.exit(2)
  }
  const places = JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')) as {
    entries: { id: string; name: string; aliases?: string[] }[]
  }
  // A city is matched by its English name or any alias, folded: "Kiev" (the zone id) is an alias of Kyiv.
  const cityByName = new Map<string, string>()
  for (const e of places.entries) {
    if (!e.id.startsWith('city:')) continue
    for (const n of [e.name, ...(e.aliases ?? [])]) if (!cityByName.has(foldName(n))) cityByName.set(foldName(n), e.id)
  }
  const english = exemplarCities(cldrDir, 'en')
  const local = Object.fromEntries(LANGUAGES.map((l) => [l, exemplarCities(cldrDir, l)]))
  const names: Record<string, Record<string, string>> = {}
  // English CLDR lists only the cities whose name differs from the zone id ("Europe/Kiev" → "Kyiv").
  const zones = [...new Set(LANGUAGES.flatMap((l) => [...local[l]!.keys()]))].sort()
  for (const zone of zones) {
    const city = english.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ')
    // Zone cities are big cities ("America/Santiago" is Chile's capital), so a name match is the gazetteer's city.
    const id = cityByName.get(foldName(city)) ?? cityByName.get(foldName(zone.split('/').pop()!.replace(/_/g, ' ')))
    if (!id) continue
    const forms: Record<string, string> = {}
    for (const l of LANGUAGES) {
      const name = local[l]!.get(zone)
      if (name && !name.includes('.')) forms[l] = name
    }
    if (Object.keys(forms).length > 0) names[id] = { ...names[id], ...forms }
  }
  const out = {
    source: 'Unicode CLDR 48.2 (npm cldr-dates-full 48.2.0), exemplar cities of time zones, matched to places.json cities by English name; built by scripts/build/build-city-names.ts',
    licence: 'Unicode License v3 (CLDR data)',
    names,
  }
  writeFileSync(join(dataDir, 'city-names.json'), `${JSON.stringify(out, null, 1)}\n`)
  console.log(`city-names.json: ${Object.keys(names).length} cities`)
}

main()
