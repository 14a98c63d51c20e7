import type { Outlet, OutletRegistry } from '../../model/index.js'
import { foldName } from '../text/index.js'
import { normalizeHost } from './normalize-host.js'

/** What is known of an article's outlet: the name it goes by (given, page metadata or file name) and its URL. */
export interface OutletHint {
  readonly name?: string
  readonly url?: string
}

/**
 * The registry's name for an outlet when it knows it (by this name, else by the URL's host); else the name as is.
 * @example outletDisplayName(registry, 'KP', 'https://www.kyivpost.com/x')  // "Kyiv Post"
 */
export function outletDisplayName(registry: OutletRegistry | undefined, name: string, url?: string | null): string {
  if (registry === undefined) return name
  return resolveOutlet(registry, { name, ...(url == null ? {} : { url }) })?.name ?? name
}

/**
 * The registry's outlet for an article, or undefined when the registry does not know it. Tried in order:
 * 1. the name against every outlet's name and aliases, ignoring case, accents and punctuation ("kyiv-post" =
 *    "Kyiv Post"; a name the user gave with --outlet wins over the URL);
 * 2. the URL's host against the domains, a subdomain matching its domain, the longest domain winning
 *    ("news.example.com" before "example.com");
 * 3. the name read as a host: articles stored before the registry existed are named by their host ("kyivpost.com").
 *
 * @example resolveOutlet(registry, { name: 'kyivpost.com' })?.name // "Kyiv Post"
 */
export function resolveOutlet(registry: OutletRegistry, hint: OutletHint): Outlet | undefined {
  const index = indexOf(registry)
  if (hint.name !== undefined) {
    const byName = index.byName.get(foldName(hint.name))
    if (byName) return byName
  }
  const host = hint.url === undefined ? undefined : hostOf(hint.url)
  const byHost = host === undefined ? undefined : byDomain(index, host)
  if (byHost) return byHost
  const nameAsHost = hint.name === undefined ? undefined : normalizeHost(hint.name)
  return nameAsHost === undefined ? undefined : byDomain(index, nameAsHost)
}

interface RegistryIndex {
  readonly byName: ReadonlyMap<string, Outlet>
  readonly byDomain: ReadonlyMap<string, Outlet>
}

// Story lists resolve every outlet of every story: fold the registry's names once per registry, not per call.
const indexes = new WeakMap<OutletRegistry, RegistryIndex>()

function indexOf(registry: OutletRegistry): RegistryIndex {
  let index = indexes.get(registry)
  if (index === undefined) {
    const byName = new Map<string, Outlet>()
    const domains = new Map<string, Outlet>()
    for (const outlet of registry.outlets) {
      for (const name of [outlet.name, ...outlet.aliases]) if (!byName.has(foldName(name))) byName.set(foldName(name), outlet)
      for (const domain of outlet.domains) if (!domains.has(domain)) domains.set(domain, outlet)
    }
    index = { byName, byDomain: domains }
    indexes.set(registry, index)
  }
  return index
}

/** "a.b.example.com" tries a.b.example.com, b.example.com, example.com: the longest registered domain wins. */
function byDomain(index: RegistryIndex, host: string): Outlet | undefined {
  for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) {
    const outlet = index.byDomain.get(rest)
    if (outlet) return outlet
  }
  return undefined
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normalizeHost(parsed.hostname) : undefined
  } catch {
    return undefined
  }
}
