import { expect, test } from 'vitest'

// The public surface of the ingest and extract stages: a change here is deliberate (others call these).
test('src/ingest exports', async () => {
  expect(Object.keys(await import('../../src/ingest/index.js')).sort()).toEqual([
    'DEFAULT_MAX_BYTES',
    'DEFAULT_USER_AGENT',
    'createFetcher',
    'decodeBytes',
    'isBlockedAddress',
    'looksBinary',
    'looksLikeFeed',
    'parseFeed',
    'readInputs',
  ])
})

test('src/pipeline/extract exports', async () => {
  expect(Object.keys(await import('../../src/pipeline/extract/index.js')).sort()).toEqual(['dateFromUrl', 'extractHtml', 'normalizePublishedAt'])
})
