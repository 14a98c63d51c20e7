import { expect, test } from 'vitest'
import { isWholeSentence } from './is-whole-sentence.js'

test.each([
  ['The Supreme Court ruled on Monday that police officers were entitled to immunity.', true],
  ['“This would calm some heads,” Lukashenko said.', true],
  ['In the other case, two officers were sued by the estate of a man whom they shot and killed after...', false],
  ['Qualified immunity is a legal doctrine that shields law enforcement from liability…', false],
  ['Supreme Court Sides With Police In Two Qualified Immunity Cases', false],
  ['Supreme Court Sides With Police In Two Qualified Immunity Cases.', false],
  ['“We will not back down from this fight, and we will win it in the end,” the governor said, adding that', false],
  ['"The events of January 6th were an unprecedented assault on our democracy.', false],
  ['and then the officers left the building quickly.', false],
  ['He left.', false],
  ['The administration is now turning its attention toward a broader bipartisan group of 20 senators, which includes Sens.', false],
  ['The bill was written by two senators and passed with the help of Dr.', false],
  ['The measure passed with the support of every senator from the state of Washington, D.C.', true],
])('%s → %s', (sentence, expected) => {
  expect(isWholeSentence(sentence)).toBe(expected)
})
