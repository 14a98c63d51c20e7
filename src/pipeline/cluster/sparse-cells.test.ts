import fc from 'fast-check'
import { expect, test } from 'vitest'
import { SparseCells } from './sparse-cells.js'

test('reads and writes as a plain Uint32Array, before and after it turns dense', () => {
  // 256 cells turn dense past 16 filled: random writes cover both forms.
  const write = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.nat({ max: 2 ** 32 - 1 }))
  fc.assert(
    fc.property(fc.array(write, { maxLength: 200 }), (writes) => {
      const cells = new SparseCells(256)
      const plain = new Uint32Array(256)
      for (const [index, value] of writes) {
        cells.set(index, value)
        plain[index] = value
      }
      for (let i = 0; i < 256; i++) expect(cells.get(i)).toBe(plain[i])
      const { indices, values } = cells.entries()
      const nonZero = [...plain.keys()].filter((i) => plain[i] !== 0)
      expect([...indices]).toEqual(nonZero)
      expect([...values]).toEqual(nonZero.map((i) => plain[i]))
      const copy = SparseCells.fromEntries(cells.entries())
      for (let i = 0; i < 256; i++) expect(copy.get(i)).toBe(plain[i])
    }),
    { seed: 19, numRuns: 300 },
  )
})

test('cells restored from entries read and write as the plain array, their entries kept under later writes', () => {
  // Restored from few cells (the entries are kept and read by bisection), then written over, 0 included.
  const write = fc.tuple(fc.integer({ min: 0, max: 1023 }), fc.oneof(fc.constant(0), fc.nat({ max: 2 ** 32 - 1 })))
  fc.assert(
    fc.property(fc.array(write, { maxLength: 60 }), fc.array(write, { maxLength: 200 }), (before, after) => {
      const first = new SparseCells(1024)
      const plain = new Uint32Array(1024)
      for (const [index, value] of before) {
        first.set(index, value)
        plain[index] = value
      }
      const cells = SparseCells.fromEntries(first.entries())
      for (const [index, value] of after) {
        cells.set(index, value)
        plain[index] = value
      }
      for (let i = 0; i < 1024; i++) expect(cells.get(i)).toBe(plain[i])
      const nonZero = [...plain.keys()].filter((i) => plain[i] !== 0)
      const { indices, values } = cells.entries()
      expect([...indices]).toEqual(nonZero)
      expect([...values]).toEqual(nonZero.map((i) => plain[i]))
    }),
    { seed: 19, numRuns: 300 },
  )
})
