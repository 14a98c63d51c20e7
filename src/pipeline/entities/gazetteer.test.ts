import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { PREPARED_GAZETTEER_PATH, preparedGazetteerText } from '../../../scripts/build/build-gazetteer.js'
import { gazetteerFrom, loadGazetteer } from './gazetteer.js'
import { prepareGazetteer } from './prepare-gazetteer.js'

describe('gazetteer', () => {
  test('data/gazetteer.prepared.json equals a rebuild from the data files (else: npx tsx scripts/build/build-gazetteer.ts)', () => {
    expect(readFileSync(PREPARED_GAZETTEER_PATH, 'utf8') === preparedGazetteerText()).toBe(true)
  })

  test('the tables read back give each folded name, demonym and role its entry, the first entry winning', () => {
    const g = gazetteerFrom(prepareGazetteer())
    expect(loadGazetteer().byName.size).toBe(g.byName.size)
    expect(g.byName.get('russian federation')?.id).toBe('country:RU')
    expect(g.byName.get('georgia')?.id).toBe('country:GE')
    expect(g.byDemonym.get('poles')?.id).toBe('country:PL')
    expect(g.byName.get('georgia')).toBe(g.byId.get('country:GE'))
    expect(g.prefixes.has('united')).toBe(true)
    expect(g.roles.get('prime minister')?.term).toBe('prime minister')
    expect([...g.byId.values()].some((e) => e.isWire)).toBe(true)
    expect([...g.byId.values()].some((e) => e.needsCue && e.kind === 'weapon')).toBe(true)
  })
})
