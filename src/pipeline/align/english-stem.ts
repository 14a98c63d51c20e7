/**
 * A crude English stem, used only to meet a foreign word's English gloss halfway: the lexicons gloss "позже" as
 * "later" where the English text's lemma is "late", "размещение" as "deployment" where it says "deploy". Within
 * English, lemmas and paraphrase groups are precise enough, so only cross-lingual stories use it.
 */
export function englishStem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length)
  }
  return word
}

// Longest first; one suffix is removed.
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ed', 'ly', 'es', 'e', 's']
