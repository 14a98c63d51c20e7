/**
 * `build`, remembered per key, for a small closed set of keys (a language code): detectors compiled once per
 * process. The cache is never emptied, so keys must not come from an unbounded source.
 * @example const detectorFor = memoizeByKey((language: string) => createFramingDetector({ language }))
 */
export function memoizeByKey<K, V>(build: (key: K) => V): (key: K) => V {
  return memoizeIn(new Map<K, V>(), build)
}

/**
 * `build`, remembered per object (weakly: the result goes when the object does). For indexes over a list that
 * many look-ups share: a text's quotations, referents, mentions, a sentence's concepts.
 * @example const sortedOf = memoizeByObject((list: number[]) => [...list].sort()); sortedOf(xs) === sortedOf(xs)  // true
 */
export function memoizeByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  return memoizeIn(new WeakMap<K, V>(), build)
}

function memoizeIn<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, build: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = build(key)
      cache.set(key, value)
    }
    return value
  }
}
