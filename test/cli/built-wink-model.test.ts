// The built CLI reads wink's core model and lemma exception tables from the files the build writes beside the
// model module (src/pipeline/segment/wink-english-model.ts: prepareCoreModel, winkLemmatizer); its tokens, POS
// and lemmas must be the package's own.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import winkNLP from 'wink-nlp'
import packageModel from 'wink-eng-lite-web-model'
import { describe, expect, test } from 'vitest'
import { buildCli } from './built-cli.js'

// Irregular forms from each exception table (nouns, verbs, adjectives) and ordinary words around them.
const TEXT = 'The children saw mice and geese; the men went, having been better and worse than the oxen. Their teeth were bigger, and the wolves fled.'

describe('the built wink model', () => {
  test('reads the prepared core model and lemma tables, and annotates exactly as the package', () => {
    const dist = join(dirname(buildCli()), '..', 'dist')
    const module = pathToFileURL(join(dist, 'pipeline', 'segment', 'wink-english-model.js')).href
    const script = `
      import { existsSync } from 'node:fs'
      import { createRequire } from 'node:module'
      import { types } from 'node:util'
      import winkNLP from 'wink-nlp'
      import { winkEnglishModel } from ${JSON.stringify(module)}
      const nlp = winkNLP(winkEnglishModel(), ['sbd', 'pos'])
      const require = createRequire(${JSON.stringify(module)})
      const noun = require.cache[require.resolve('wink-eng-lite-web-model/dist/wn-noun-exceptions.js')]
      const doc = nlp.readDoc(${JSON.stringify(TEXT)})
      const prepared = existsSync(new URL('./wink-core-model.bin', ${JSON.stringify(module)}))
      process.stdout.write(JSON.stringify({ prepared, fromTables: types.isProxy(noun?.exports), pos: doc.tokens().out(nlp.its.pos), lemmas: doc.tokens().out(nlp.its.lemma) }))`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: dist })
    expect(run.stderr).toBe('')
    const nlp = winkNLP(packageModel, ['sbd', 'pos'])
    const doc = nlp.readDoc(TEXT)
    const lemmas = doc.tokens().out(nlp.its.lemma as never) as unknown as string[]
    expect(lemmas).toContain('child')
    expect(lemmas).toContain('goose')
    expect(JSON.parse(run.stdout)).toEqual({ prepared: true, fromTables: true, pos: doc.tokens().out(nlp.its.pos), lemmas })
  })
})
