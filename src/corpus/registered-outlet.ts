import type { OutletRegistry } from '../model/index.js'
import { outletDisplayName } from '../pipeline/outlets/index.js'
import type { Prepared } from './prepare-document.js'

/**
 * A prepared document with its outlet named as the user's registry names it ("kyivpost.com" and "KP" are both
 * stored as "Kyiv Post"), so one outlet counts once in a story; unchanged without a registry or when the
 * registry does not know the outlet. Runs on the main thread: workers prepare without the registry.
 */
export function registeredOutlet<T extends Prepared>(doc: T, registry: OutletRegistry | undefined): T {
  const name = outletDisplayName(registry, doc.sourceInfo.outlet, doc.raw.url)
  return name === doc.sourceInfo.outlet ? doc : { ...doc, sourceInfo: { ...doc.sourceInfo, outlet: name } }
}
