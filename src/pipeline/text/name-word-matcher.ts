import { isSameNameWord } from './fold.js'
import { nameWordIndex } from './name-word-index.js'

/**
 * A test "is `word` a spelling of one of these name words" (`isSameNameWord`), remembered per word: a long text
 * asks it of thousands of mentions, most of them repeats. `lang` is the language of the words and of the text.
 * @example const isSurname = nameWordMatcher(['Lukashenko']); isSurname('Lukashenka')  // true
 */
export function nameWordMatcher(words: readonly string[], lang?: string): (word: string) => boolean {
  const known = new Map<string, boolean>()
  // Only the words an index finds near are compared: comparing every pair was quadratic in a long text's names.
  const index = nameWordIndex()
  words.forEach((w, i) => index.add(i, w, lang))
  return (word) => {
    let isMatch = known.get(word)
    if (isMatch === undefined) {
      isMatch = index.candidates(word, lang).some((i) => isSameNameWord(words[i]!, word, lang, lang))
      known.set(word, isMatch)
    }
    return isMatch
  }
}
