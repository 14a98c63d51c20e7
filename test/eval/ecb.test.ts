import { describe, expect, test } from 'vitest'
import { detokenize } from '../../scripts/eval/lib/detokenize.js'
import { ecbGoldNames, properTokenTest } from '../../scripts/eval/lib/ecb-gold-names.js'
import type { EcbPlusDocument } from '../../scripts/eval/lib/load-ecbplus.js'
import { readAnnotatedSentences } from '../../scripts/eval/lib/load-ecbplus.js'
import { parseEcbXml } from '../../scripts/eval/lib/parse-ecb-xml.js'

// Shaped like ECB+ files: tokens, token-anchored markables, instance markables, coreference relations.
const words = [
  // sentence 0: a title-case headline
  ['Jackman', 'To', 'Host', 'Oscars'],
  // sentence 1
  ['Australian', 'actor', 'Hugh', 'Jackman', 'will', 'host', 'the', 'show', 'in', 'Los', 'Angeles', ',', 'California', '.'],
  // sentence 2: not annotated
  ['Jackman', 'told', 'police', 'he', 'was', 'at', 'a', 'Waitrose', 'supermarket', '.'],
  // sentence 3
  ['Police', 'met', 'him', 'near', 'the', 'Gulf', 'of', 'Aden', '.'],
]
let id = 0
const tokenXml = words
  .flatMap((sentence, s) => sentence.map((word, n) => `<token t_id="${++id}" sentence="${s}" number="${n}">${word.replace('&', '&amp;')}</token>`))
  .join('\n')
const anchors = (...ids: number[]): string => ids.map((t) => `<token_anchor t_id="${t}"/>`).join('')
const xml = `<Document doc_name="9_1ecb.xml">
${tokenXml}
<Markables>
<HUMAN_PART_PER m_id="1">${anchors(1)}</HUMAN_PART_PER>
<HUMAN_PART_PER m_id="2">${anchors(5, 6, 7, 8)}</HUMAN_PART_PER>
<LOC_GEO m_id="3">${anchors(13, 14, 15, 16, 17)}</LOC_GEO>
<HUMAN_PART_PER m_id="4">${anchors(26)}</HUMAN_PART_PER>
<HUMAN_PART_ORG m_id="5">${anchors(29)}</HUMAN_PART_ORG>
<LOC_GEO m_id="6">${anchors(32, 33, 34, 35, 36)}</LOC_GEO>
<ACTION_OCCURRENCE m_id="7">${anchors(10)}</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="8" RELATED_TO="" TAG_DESCRIPTOR="jackman" instance_id="HUM1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1" /><source m_id="2" /><target m_id="8" /></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="3" /><target m_id="9" /></INTRA_DOC_COREF>
</Relations>
</Document>`

describe('parseEcbXml', () => {
  const doc = parseEcbXml(xml, '9_1ecb')
  test('tokens keep their sentence numbers and text', () => {
    expect(doc.tokens).toHaveLength(37)
    expect(doc.tokens[4]).toEqual({ id: '5', sentence: 1, text: 'Australian' })
  })

  test('anchored markables with their chains; instance markables left out', () => {
    expect(doc.markables.map((m) => [m.id, m.type, m.tokenIds.length, m.chain])).toEqual([
      ['1', 'HUMAN_PART_PER', 1, 'HUM1'],
      ['2', 'HUMAN_PART_PER', 4, 'HUM1'],
      ['3', 'LOC_GEO', 5, '9_1ecb#9'],
      ['4', 'HUMAN_PART_PER', 1, undefined],
      ['5', 'HUMAN_PART_ORG', 1, undefined],
      ['6', 'LOC_GEO', 5, undefined],
      ['7', 'ACTION_OCCURRENCE', 1, undefined],
    ])
  })
})

describe('ecbGoldNames', () => {
  const doc: EcbPlusDocument = { ...parseEcbXml(xml, '9_1ecb'), topic: 9, subtopic: '9_ecb', annotatedSentences: new Set([0, 1, 3]) }
  const { text, tokenSpans } = detokenize(words)
  const spans = new Map(doc.tokens.map((token, i) => [token.id, tokenSpans[i] ?? { start: 0, end: 0 }]))
  const names = ecbGoldNames(doc, spans, text, properTokenTest([doc]))

  test('names are cut out of markables; heads carry type and chain', () => {
    expect(names.map((n) => [n.text, n.kind, n.isHead])).toEqual([
      ['Jackman', 'person', true],
      ['Hugh Jackman', 'person', true],
      ['Los Angeles', 'place', true],
      ['California', 'other', false],
      ['Gulf of Aden', 'place', true],
    ])
    expect(names[1]?.chain).toBe('HUM1')
    expect(names[2]?.chain).toBe('9_1ecb#9')
  })

  test('leaves out demonym modifiers, unannotated sentences, actions and capitalised common words', () => {
    const texts = names.map((n) => n.text)
    expect(texts).not.toContain('Australian')
    expect(texts).not.toContain('Waitrose') // sentence 2 is not annotated
    expect(texts.some((t) => t.includes('Police'))).toBe(false)
  })

  test('offsets index the detokenized text', () => {
    for (const name of names) expect(text.slice(name.start, name.end)).toBe(name.text)
  })
})

describe('properTokenTest', () => {
  const doc: EcbPlusDocument = { ...parseEcbXml(xml, '9_1ecb'), topic: 9, subtopic: '9_ecb', annotatedSentences: new Set() }
  const isProper = properTokenTest([doc])
  const token = (n: number): (typeof doc.tokens)[number] => doc.tokens[n - 1] ?? { id: '', sentence: 0, text: '' }
  test.each([
    [1, 'Jackman (headline, never lower case)', true],
    [3, 'Host (headline, "host" occurs)', false],
    [29, 'Police (sentence start, "police" occurs)', false],
    [7, 'Hugh (mid-sentence)', true],
    [31, 'him', false],
  ])('token %i: %s → %s', (n, _, expected) => {
    expect(isProper(token(n))).toBe(expected)
  })
})

describe('readAnnotatedSentences', () => {
  test('groups sentence numbers by "<topic>_<file>"', () => {
    const map = readAnnotatedSentences('Topic,File,Sentence Number\n2,10ecbplus,1\n2,10ecbplus,3\r\n4,1ecb,0\n')
    expect([...(map.get('2_10ecbplus') ?? [])]).toEqual([1, 3])
    expect([...(map.get('4_1ecb') ?? [])]).toEqual([0])
  })
})
