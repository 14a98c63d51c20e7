/**
 * `build`, remembered per object (weakly: the result goes when the object does). For indexes over a list that
 * many look-ups share: a text's quotations, referents, mentions, a sentence's concepts.
 * @example const sortedOf = memoizeByObject((list: number[]) => [...list].sort()); sortedOf(xs) === sortedOf(xs)  // true
 */
export function memoizeByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}
