import type { ArticleSpan, CoverageReport, Removal, RemovalReason, ReportArticle, TitleSpan } from '../../src/model/index.js'

// Two short, hand-written articles on the 6 December 2024 Minsk meeting (modelled on the seed pair,
// not copied from it): one loaded, one neutral, one shared fact, one date stated at two precisions,
// one conflicting number, one quote rendered twice.

const TEXT_A =
  'Belarusian dictator Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus. ' +
  'The illegitimate Russian president cynically promised it would happen in 2025.\n\n' +
  'We assess this as an even greater danger than from warring Ukraine, Lukashenko hypocritically said. ' +
  'He claimed that 20,000 NATO troops are near the border.\n\n' +
  'The two met in Minsk on December 6.'

const TEXT_B =
  'Alexander Lukashenko asked Vladimir Putin to station Oreshnik missiles in Belarus. ' +
  'Putin said it would be possible in the second half of next year.\n\n' +
  '"We believe it is a greater threat than the one coming from Ukraine," Lukashenko said. ' +
  'He said 15,000 troops are gathering near the border.'

/** The input of article B as the user gave it: furniture the cleaner dropped sits around the body. */
export const INPUT_B =
  'News\nLukashenko highlights NATO threat, seeks missile support from Putin\n' +
  'Lukashenko highlights NATO threat, seeks missile support from Putin\n' +
  'Alaksandr Łukaszenka\nImages source: © Getty Images | Contributor\nAdam Zygiel\n' +
  TEXT_B

/** A span of `needle` (its `occurrence`-th appearance) in `text`; throws when the fixture drifts. */
export function spanOf(articleId: string, text: string, needle: string, occurrence = 0): ArticleSpan {
  let start = -1
  for (let seen = -1; seen < occurrence; seen++) {
    start = text.indexOf(needle, start + 1)
    if (start < 0) throw new Error(`fixture: "${needle}" not found in ${articleId}`)
  }
  return { articleId, start, end: start + needle.length, text: needle }
}

function removal(input: string, needle: string, reason: RemovalReason, occurrence = 0): Removal {
  const { start, end, text } = spanOf('input', input, needle, occurrence)
  return { start, end, text, reason }
}

const TITLE_A = 'Lukashenko begs Putin for Oreshnik missiles'
const TITLE_B = 'Lukashenko highlights NATO threat, seeks missile support from Putin'
/** Where B's headline line stands in its input (the cleaner's 'headline' removal). */
const TITLE_B_AT = spanOf('input', INPUT_B, TITLE_B)

/** A span of a headline; `inputStart` is where the title stands in the input, when it is a line of it. */
function titleSpan(title: string, needle: string, inputStart?: number): TitleSpan {
  const { start, end, text } = spanOf('title', title, needle)
  return { start, end, text, ...(inputStart === undefined ? {} : { input: { start: inputStart + start, end: inputStart + end } }) }
}

const a = (needle: string, occurrence = 0): ArticleSpan => spanOf('a1', TEXT_A, needle, occurrence)
const b = (needle: string, occurrence = 0): ArticleSpan => spanOf('a2', TEXT_B, needle, occurrence)
const offsets = ({ start, end }: ArticleSpan): { start: number; end: number } => ({ start, end })
const bare = ({ start, end, text }: ArticleSpan): { start: number; end: number; text: string } => ({ start, end, text })

const articleA: ReportArticle = {
  id: 'a1',
  source: 'seeds/000_kyiv.txt',
  outlet: 'Kyiv Herald',
  title: TITLE_A,
  titleSource: { kind: 'given' },
  publishedAt: '2024-12-06',
  language: 'en',
  url: 'https://kyiv-herald.example/news/oreshnik',
  text: TEXT_A,
  captions: [],
  removed: [{ start: 512, end: 517, text: 'Share', reason: 'share-button' }],
}

const articleB: ReportArticle = {
  id: 'a2',
  source: 'seeds/002_wrap.txt',
  outlet: 'Daily Wrap',
  title: TITLE_B,
  titleSource: { kind: 'text', start: TITLE_B_AT.start, end: TITLE_B_AT.end },
  byline: 'Adam Zygiel',
  publishedAt: '2024-12-07T09:30:00Z',
  publishedAtEstimated: true,
  language: 'en',
  text: TEXT_B,
  captions: ['Alaksandr Łukaszenka'],
  removed: [
    removal(INPUT_B, 'News', 'section-label'),
    removal(INPUT_B, 'Lukashenko highlights NATO threat, seeks missile support from Putin', 'headline'),
    removal(INPUT_B, 'Lukashenko highlights NATO threat, seeks missile support from Putin', 'repeated-headline', 1),
    removal(INPUT_B, 'Alaksandr Łukaszenka', 'caption'),
    removal(INPUT_B, 'Images source: © Getty Images | Contributor', 'image-credit'),
    removal(INPUT_B, 'Adam Zygiel', 'byline'),
  ],
}

const quoteA = a('We assess this as an even greater danger than from warring Ukraine')
const quoteB = b('We believe it is a greater threat than the one coming from Ukraine')

/** The hand-built report every rendering test reads. */
export const fixtureReport: CoverageReport = {
  version: 1,
  language: 'en',
  title: TITLE_B,
  articles: [articleA, articleB],
  outlets: [
    { name: 'Kyiv Herald', articleIds: ['a1'], isKnown: true, country: 'UA', language: 'en', groups: { country: 'Ukraine', 'state media': 'no' } },
    { name: 'Daily Wrap', articleIds: ['a2'], isKnown: false, groups: {} },
  ],
  coverageByGroup: [
    { kind: 'country', values: [{ value: 'Ukraine', outlets: ['Kyiv Herald'] }, { value: 'unknown', outlets: ['Daily Wrap'] }] },
    { kind: 'state media', values: [{ value: 'no', outlets: ['Kyiv Herald'] }, { value: 'unknown', outlets: ['Daily Wrap'] }] },
  ],
  entities: [
    {
      id: 'e-lukashenko',
      name: 'Alexander Lukashenko',
      kind: 'person',
      variants: ['Alexander Lukashenko', 'Lukashenko', 'Alaksandr Łukaszenka'],
      mentions: [a('Alexander Lukashenko'), a('Lukashenko', 1), b('Alexander Lukashenko'), b('Lukashenko', 1)],
      descriptors: { a1: [a('Belarusian dictator')], a2: [] },
    },
    {
      id: 'e-putin',
      name: 'Vladimir Putin',
      kind: 'person',
      variants: ['Vladimir Putin', 'Putin'],
      mentions: [a('Vladimir Putin'), b('Vladimir Putin'), b('Putin', 1)],
      descriptors: { a1: [a('illegitimate Russian president')] },
    },
    {
      id: 'e-oreshnik',
      name: 'Oreshnik',
      kind: 'weapon',
      variants: ['Oreshnik'],
      mentions: [a('Oreshnik'), b('Oreshnik')],
      descriptors: {},
    },
    {
      id: 'e-minsk',
      name: 'Minsk',
      kind: 'place',
      variants: ['Minsk'],
      mentions: [a('Minsk')],
      descriptors: {},
    },
  ],
  facts: [
    {
      id: 'f1',
      text: 'Lukashenko asked Putin to deploy Oreshnik missiles in Belarus.',
      language: 'en',
      articleIds: ['a1', 'a2'],
      spans: [
        { ...a('Belarusian dictator Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus.'), language: 'en' },
        { ...b('Alexander Lukashenko asked Vladimir Putin to station Oreshnik missiles in Belarus.'), language: 'en' },
      ],
    },
    {
      id: 'f2',
      text: 'The two met in Minsk on December 6.',
      language: 'en',
      articleIds: ['a1'],
      spans: [{ ...a('The two met in Minsk on December 6.'), language: 'en' }],
    },
  ],
  differences: [
    {
      id: 'd1',
      kind: 'date',
      subject: 'deployment of Oreshnik in Belarus',
      status: 'consistent',
      values: [
        { ...a('in 2025'), normalized: '2025' },
        { ...b('in the second half of next year'), normalized: '2025-07/2025-12' },
      ],
    },
    {
      id: 'd2',
      kind: 'quantity',
      subject: 'troops near the border',
      status: 'conflict',
      values: [
        { ...a('20,000 NATO troops'), normalized: '20000 troops' },
        { ...b('15,000 troops'), normalized: '15000 troops' },
      ],
    },
  ],
  quotes: [
    {
      id: 'q1',
      speaker: 'e-lukashenko',
      renderings: [
        { ...quoteA, language: 'en', marked: false, verb: 'hypocritically said', speakerSpan: offsets(a('Lukashenko', 1)) },
        { ...quoteB, language: 'en', marked: true, verb: 'said', speakerSpan: offsets(b('Lukashenko', 1)) },
      ],
    },
    {
      id: 'q2',
      speaker: 'e-putin',
      renderings: [
        { ...b('it would be possible in the second half of next year'), language: 'en', marked: false, verb: 'said', speakerSpan: offsets(b('Putin', 1)) },
      ],
    },
  ],
  framing: [
    {
      articleId: 'a1',
      score: 8.2,
      quotedScore: 1,
      spans: [
        { ...bare(a('Belarusian dictator')), technique: 'name-calling', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "label for a person: 'dictator'", confidence: 0.9 },
        { ...bare(a('illegitimate Russian president')), technique: 'name-calling', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "label for a person: 'illegitimate'", confidence: 0.8 },
        { ...bare(a('cynically promised')), technique: 'loaded-attribution', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "attribution with a judging adverb: 'cynically'", confidence: 0.8 },
        // Inside Lukashenko's unmarked direct speech: his words, quoted, not the outlet's.
        { ...bare(a('warring Ukraine')), technique: 'loaded-language', source: 'lexicon', voice: { kind: 'quoted', speaker: 'Alexander Lukashenko', quote: { start: quoteA.start, end: quoteA.end } }, explanation: "loaded description: 'warring'", confidence: 0.5 },
        { ...bare(a('hypocritically said')), technique: 'loaded-attribution', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "attribution with a judging adverb: 'hypocritically'", confidence: 0.9 },
        { ...bare(a('claimed')), technique: 'doubt', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "verb casting doubt: 'claimed'", confidence: 0.6 },
      ],
      headline: [{ ...titleSpan(TITLE_A, 'begs'), technique: 'loaded-language', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "loaded verb: 'begs'", confidence: 0.7 }],
    },
    { articleId: 'a2', score: 0, quotedScore: 0, spans: [], headline: [] },
  ],
  brief: [
    {
      text: 'Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus.',
      language: 'en',
      articleIds: ['a1', 'a2'],
      singleSource: false,
      spans: [
        { ...a('Belarusian dictator Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus.'), language: 'en' },
        { ...b('Alexander Lukashenko asked Vladimir Putin to station Oreshnik missiles in Belarus.'), language: 'en' },
      ],
    },
    {
      text: 'The outlets give different troop numbers near the border: 20,000 and 15,000.',
      language: 'en',
      articleIds: ['a1', 'a2'],
      singleSource: false,
    },
    {
      text: 'The two leaders met in Minsk on 6 December.',
      language: 'en',
      articleIds: ['a1'],
      singleSource: true,
      spans: [{ ...a('The two met in Minsk on December 6.'), language: 'en' }],
    },
  ],
  headlines: [
    {
      articleId: 'a1',
      outlet: 'Kyiv Herald',
      text: TITLE_A,
      language: 'en',
      source: { kind: 'given' },
      score: 11.667,
      framing: [{ ...titleSpan(TITLE_A, 'begs'), technique: 'loaded-language', source: 'lexicon', voice: { kind: 'outlet' }, explanation: "loaded verb: 'begs'", confidence: 0.7 }],
      differences: [titleSpan(TITLE_A, 'begs'), titleSpan(TITLE_A, 'for Oreshnik missiles')],
    },
    {
      articleId: 'a2',
      outlet: 'Daily Wrap',
      text: TITLE_B,
      language: 'en',
      source: { kind: 'text', start: TITLE_B_AT.start, end: TITLE_B_AT.end },
      score: 0,
      framing: [],
      differences: [titleSpan(TITLE_B, 'highlights NATO threat, seeks missile support from', TITLE_B_AT.start)],
    },
  ],
  skipped: [{ source: 'notes.bin', reason: 'binary', message: 'notes.bin is a binary file, not an article' }],
}
