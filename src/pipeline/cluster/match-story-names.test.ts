import { describe, expect, test } from 'vitest'
import { matchStoryNames } from './match-story-names.js'

const map = (o: Record<string, string>) => new Map(Object.entries(o))

describe('matchStoryNames', () => {
  test('the same stories under new names take back their old ids', () => {
    expect(matchStoryNames(map({ a: 's1', b: 's1', c: 's2' }), map({ a: 'n1', b: 'n1', c: 'n2' }))).toEqual(map({ n1: 's1', n2: 's2' }))
  })

  test('an id stays with the largest part of its old story; the smaller part gets none unless another id is free', () => {
    // s1 split 3 / 1: the part of 3 keeps s1; the part of 1 holds nothing else, so it keeps its new name.
    expect(matchStoryNames(map({ a: 's1', b: 's1', c: 's1', d: 's1' }), map({ a: 'n1', b: 'n1', c: 'n1', d: 'n2' }))).toEqual(map({ n1: 's1' }))
    // A merge of s1 (2) and s2 (1): the merged story is s1; s2's id is not reused for anything else.
    expect(matchStoryNames(map({ a: 's1', b: 's1', c: 's2' }), map({ a: 'n1', b: 'n1', c: 'n1' }))).toEqual(map({ n1: 's1' }))
  })

  test('greedy by overlap: a story that lost its first choice takes the id of its next-largest part', () => {
    // n1 holds 3 of s1; n2 holds 2 of s1 and 1 of s2: n2 cannot have s1, so it takes s2.
    const old = map({ a: 's1', b: 's1', c: 's1', d: 's1', e: 's1', f: 's2' })
    expect(matchStoryNames(old, map({ a: 'n1', b: 'n1', c: 'n1', d: 'n2', e: 'n2', f: 'n2' }))).toEqual(map({ n1: 's1', n2: 's2' }))
  })

  test('ties go to the smaller old id, then the smaller new name; taken ids are never given', () => {
    expect(matchStoryNames(map({ a: 's2', b: 's1' }), map({ a: 'n1', b: 'n1' }))).toEqual(map({ n1: 's1' }))
    expect(matchStoryNames(map({ a: 's1', b: 's1' }), map({ a: 'n2', b: 'n1' }))).toEqual(map({ n1: 's1' }))
    expect(matchStoryNames(map({ a: 's1', b: 's1', c: 's2' }), map({ a: 'n1', b: 'n1', c: 'n1' }), (id) => id === 's1')).toEqual(map({ n1: 's2' }))
  })
})
