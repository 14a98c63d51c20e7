import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { extractHtml } from './index.js'

/**
 * Every page under test/fixtures/articles/<slug>/ is extracted and compared with expected.txt (the body)
 * and expected.json (everything else). `UPDATE=1 npx vitest run src/pipeline/extract` rewrites the
 * expected files so the change can be reviewed as a diff.
 */
const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/articles')
const update = process.env['UPDATE'] === '1'

describe('extraction fixtures', () => {
  const slugs = readdirSync(FIXTURES).filter((slug) => existsSync(join(FIXTURES, slug, 'source.html')))
  test.each(slugs)('%s', (slug) => {
    const dir = join(FIXTURES, slug)
    const result = extractHtml(readFileSync(join(dir, 'source.html'), 'utf8'), { url: `https://fixture.example/${slug}` })
    const { text, ...rest } = 'kind' in result ? { ...result, text: '' } : result
    if (update) {
      writeFileSync(join(dir, 'expected.txt'), `${text}\n`)
      writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(rest, null, 2)}\n`)
    }
    expect(text).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8').replace(/\n$/, ''))
    expect(rest).toEqual(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')))
  })
})
