import { describe, expect, test } from 'vitest'
import type { OutletRegistry } from '../../model/index.js'
import { describeOutlets } from './describe-outlets.js'
import { findBlindspots } from './find-blindspots.js'

const registry: OutletRegistry = {
  outlets: [
    { name: 'Left Daily', domains: ['left.example'], aliases: [], country: 'US', groups: { lean: 'left', 'state media': 'no' } },
    { name: 'Right Times', domains: ['right.example'], aliases: ['RT'], groups: { lean: 'right' } },
    { name: 'Right Post', domains: [], aliases: [], owner: 'Post Inc.', groups: { lean: 'right', 'state media': 'no' } },
  ],
}

describe('describeOutlets', () => {
  test('resolves names and URLs to one outlet each, keeps unknown outlets, and counts coverage per group kind', () => {
    const { outlets, coverageByGroup } = describeOutlets(
      [
        { id: 'a1', outlet: 'left.example' },
        { id: 'a2', outlet: 'Some Blog' },
        { id: 'a3', outlet: 'rt', url: 'https://right.example/1' },
        { id: 'a4', outlet: 'Right Times' },
        { id: 'a5', outlet: 'Left Daily' },
      ],
      registry,
    )
    expect(outlets).toEqual([
      { name: 'Left Daily', articleIds: ['a1', 'a5'], isKnown: true, country: 'US', groups: { lean: 'left', 'state media': 'no' } },
      { name: 'Some Blog', articleIds: ['a2'], isKnown: false, groups: {} },
      { name: 'Right Times', articleIds: ['a3', 'a4'], isKnown: true, groups: { lean: 'right' } },
    ])
    expect(coverageByGroup).toEqual([
      { kind: 'lean', values: [{ value: 'left', outlets: ['Left Daily'] }, { value: 'right', outlets: ['Right Times'] }, { value: 'unknown', outlets: ['Some Blog'] }] },
      // A known outlet without the kind counts as unknown too.
      { kind: 'state media', values: [{ value: 'no', outlets: ['Left Daily'] }, { value: 'unknown', outlets: ['Some Blog', 'Right Times'] }] },
    ])
  })

  test('without a registry every outlet is unknown and there are no group kinds', () => {
    expect(describeOutlets([{ id: 'a1', outlet: 'X' }, { id: 'a2', outlet: 'X' }], undefined)).toEqual({
      outlets: [{ name: 'X', articleIds: ['a1', 'a2'], isKnown: false, groups: {} }],
      coverageByGroup: [],
    })
  })
})

describe('findBlindspots', () => {
  const coverage = (ids: string[]) => describeOutlets(ids.map((outlet, i) => ({ id: `a${i}`, outlet })), registry).coverageByGroup

  test('a story covered by one value of a kind only is a blindspot of that kind; unknown outlets are left out', () => {
    expect(findBlindspots(coverage(['Right Times', 'Right Post', 'Some Blog']))).toEqual([
      { kind: 'lean', value: 'right' },
      { kind: 'state media', value: 'no' },
    ])
    expect(findBlindspots(coverage(['Right Times', 'Right Post']), 'lean')).toEqual([{ kind: 'lean', value: 'right' }])
  })

  test('two values, or none known, is no blindspot', () => {
    expect(findBlindspots(coverage(['Right Times', 'Left Daily']), 'lean')).toEqual([])
    expect(findBlindspots(coverage(['Some Blog']))).toEqual([])
    expect(findBlindspots(coverage(['Right Times', 'Left Daily']))).toEqual([{ kind: 'state media', value: 'no' }])
  })
})
