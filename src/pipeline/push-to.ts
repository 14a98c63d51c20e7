/**
 * Appends `value` to the list under `key`, creating it: grouping in place. Rebuilding the list per item
 * (`map.set(k, [...(map.get(k) ?? []), v])`) made grouping quadratic in the group's size: a one-paragraph
 * 19 MB text took minutes, a profile of one outlet's 100,000 articles would copy billions of entries.
 * @example const byOutlet = new Map<string, string[]>(); pushTo(byOutlet, 'BBC', 'a1')  // Map { 'BBC' => ['a1'] }
 */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key)
  if (list === undefined) lists.set(key, [value])
  else list.push(value)
}
