import { expect, test } from 'vitest'
import { memoizeByObject } from './memoize.js'

test('memoizeByObject builds once per object, separately for each object', () => {
  let builds = 0
  const sortedOf = memoizeByObject((list: readonly number[]) => {
    builds++
    return [...list].sort((a, b) => a - b)
  })
  const a = [3, 1, 2]
  const b = [3, 1, 2]
  expect(sortedOf(a)).toEqual([1, 2, 3])
  expect(sortedOf(a)).toBe(sortedOf(a))
  expect(builds).toBe(1)
  expect(sortedOf(b)).not.toBe(sortedOf(a))
  expect(builds).toBe(2)
})

test('memoizeByKey builds once per key', async () => {
  const { memoizeByKey } = await import('./memoize.js')
  let builds = 0
  const detectorFor = memoizeByKey((language: string) => ({ language, id: ++builds }))
  expect(detectorFor('en')).toBe(detectorFor('en'))
  expect(detectorFor('pl')).toEqual({ language: 'pl', id: 2 })
  expect(builds).toBe(2)
})
