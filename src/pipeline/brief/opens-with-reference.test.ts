import { expect, test } from 'vitest'
import { opensWithReference } from './opens-with-reference.js'

test('a sentence that points back at its article opens with a reference; times, "those who" and names do not', () => {
  for (const s of ['That amounts to a monthly increase of $92.', 'These measures take effect in May.', '"This is a victory," he said.', 'Это решение вызвало критику.', 'To oznacza koniec negocjacji.', 'Dies gilt ab Januar.']) {
    expect(opensWithReference(s), s).toBe(true)
  }
  for (const s of ['This year the deficit fell.', 'That same day, Putin arrived.', 'Those who voted were counted.', 'The Senate voted on Thursday.', 'Lukashenko met Putin.', 'Top officials met.']) {
    expect(opensWithReference(s), s).toBe(false)
  }
})
