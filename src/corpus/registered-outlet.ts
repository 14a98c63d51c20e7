import type { OutletRegistry } from '../model/index.js'
import { resolveOutlet } from '../pipeline/outlets/index.js'
import type { Prepared } from './prepare-document.js'

/**
 * A prepared document with its outlet named as the user's registry names it ("kyivpost.com" and "KP" are both
 * stored as "Kyiv Post"), so one outlet counts once in a story; unchanged without a registry or when the
 * registry does not know the outlet. Runs on the main thread: workers prepare without the registry.
 */
export function registeredOutlet<T extends Prepared>(doc: T, registry: OutletRegistry | undefined): T {
  if (registry === undefined) return doc
  const url = doc.raw.url
  const outlet = resolveOutlet(registry, { name: doc.sourceInfo.outlet, ...(url === undefined ? {} : { url }) })
  if (outlet === undefined || outlet.name === doc.sourceInfo.outlet) return doc
  return { ...doc, sourceInfo: { ...doc.sourceInfo, outlet: outlet.name } }
}
