import { DOMParser } from 'linkedom'

export interface EcbToken {
  readonly id: string
  /** Sentence number as in the XML (0 = URL line in "ecbplus" documents). */
  readonly sentence: number
  readonly text: string
}

/** A mention anchored to tokens; `type` is the ECB+ tag ("HUMAN_PART_PER", "LOC_GEO", ...). */
export interface EcbMarkable {
  readonly id: string
  readonly type: string
  readonly tokenIds: readonly string[]
  /** Coreference chain: the CROSS_DOC_COREF instance id, or a document-local id for INTRA_DOC_COREF; absent for singletons. */
  readonly chain?: string
}

export interface EcbDocument {
  /** File stem, e.g. "2_10ecbplus". */
  readonly name: string
  readonly tokens: readonly EcbToken[]
  readonly markables: readonly EcbMarkable[]
}

/**
 * Parses one ECB+ XML file: tokens, the markables anchored to tokens (instance markables, which have no
 * tokens, are left out) and the chain of each markable from the CROSS_DOC_COREF / INTRA_DOC_COREF relations.
 * Example: `parseEcbXml(xml, '2_1ecb').markables[0]` → { id: '6', type: 'ACTION_OCCURRENCE', tokenIds: ['10','11'] }.
 */
export function parseEcbXml(xml: string, name: string): EcbDocument {
  // linkedom types its XML documents loosely (`any`); pin the few members we use.
  const doc: XmlRoot = new DOMParser().parseFromString(xml, 'text/xml')
  const tokens: EcbToken[] = []
  for (const element of doc.querySelectorAll('token')) {
    tokens.push({
      id: element.getAttribute('t_id') ?? '',
      sentence: Number(element.getAttribute('sentence') ?? '-1'),
      text: element.textContent ?? '',
    })
  }
  const chainOf = new Map<string, string>()
  for (const relation of doc.querySelectorAll('CROSS_DOC_COREF, INTRA_DOC_COREF')) {
    const target = relation.querySelector('target')?.getAttribute('m_id') ?? ''
    // Cross-document chains are named by the instance id in `note`; in-document ones get a local name.
    const chain = relation.getAttribute('note') ?? `${name}#${target}`
    for (const source of relation.querySelectorAll('source')) chainOf.set(source.getAttribute('m_id') ?? '', chain)
  }
  const markables: EcbMarkable[] = []
  for (const element of doc.querySelectorAll('Markables > *')) {
    const tokenIds = Array.from(element.querySelectorAll('token_anchor'), (a) => a.getAttribute('t_id') ?? '')
    if (tokenIds.length === 0) continue
    const id = element.getAttribute('m_id') ?? ''
    const chain = chainOf.get(id)
    markables.push({ id, type: element.tagName, tokenIds, ...(chain !== undefined ? { chain } : {}) })
  }
  return { name, tokens, markables }
}

interface XmlRoot {
  querySelectorAll(selector: string): Iterable<XmlNode>
}

/** The part of the DOM we read. */
interface XmlNode {
  readonly tagName: string
  readonly textContent: string | null
  getAttribute(name: string): string | null
  querySelector(selector: string): XmlNode | null
  querySelectorAll(selector: string): Iterable<XmlNode>
}
