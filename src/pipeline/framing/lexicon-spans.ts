import type { FramingSpan, FramingTechnique } from '../../model/index.js'
import { calibratedConfidence, type MatchStrength } from './lexicon-calibration.js'
import { LEXICON_CALIBRATION } from './lexicon-calibration-table.js'
import type { LexiconHit } from './lexicon-index.js'
import { matchesWord, type LexiconEntry, type WordPattern } from './lexicon.js'
import type { WordToken } from './tokenize-words.js'

// "illegitimate Russian president": at most two words (demonyms, names) between a delegitimizer and its office noun.
const MAX_GAP = 2
// "president of the Russian Federation": at most four capitalised words in the "of ..." complement of an office.
const MAX_COMPLEMENT = 4

type IsDemonym = (token: WordToken) => boolean

/** A span's confidence from its entry, technique and match strength: by default the calibrated probability. */
export type LexiconConfidence = (entry: LexiconEntry, technique: FramingTechnique, strength: MatchStrength) => number

/** The committed calibration (fitted on dev): what a span's confidence means is "annotators mark it this often". */
export const CALIBRATED: LexiconConfidence = (entry, technique, strength) => calibratedConfidence(LEXICON_CALIBRATION, entry.id, technique, strength)

/**
 * The demonym test of a lexicon: its listed nationality adjectives ("російськ*"), or, for languages that
 * capitalise them, a capitalised word with a demonym ending (Russian, Belarusian, Chinese, Polish, Israeli).
 */
export function demonymTest(demonyms: readonly WordPattern[]): IsDemonym {
  return (token) => isCapitalisedDemonym(token) || demonyms.some((pattern) => matchesWord(pattern, token.norm))
}

/** Turns lexicon hits into framing spans according to each entry's role (see `EntryRole`). */
export function lexiconSpans(
  text: string,
  tokens: readonly WordToken[],
  hits: readonly LexiconHit[],
  isDemonym: IsDemonym = isCapitalisedDemonym,
  confidenceOf: LexiconConfidence = CALIBRATED,
): FramingSpan[] {
  const officeAt = new Map<number, LexiconHit>()
  const speechStartAt = new Map<number, LexiconHit>()
  const speechEndAt = new Map<number, LexiconHit>()
  for (const hit of hits) {
    if (hit.isExcluded) continue
    if (hit.entry.role === 'office') officeAt.set(hit.first, hit)
    if (hit.entry.role === 'speech-verb') {
      speechStartAt.set(hit.first, hit)
      speechEndAt.set(hit.last, hit)
    }
  }
  const spans: FramingSpan[] = []
  const emit = (first: number, last: number, entry: LexiconEntry, technique: FramingTechnique, strength: MatchStrength, why?: string): void => {
    const confidence = confidenceOf(entry, technique, strength)
    const start = tokens[first]!.start
    const end = tokens[last]!.end
    const phrase = text.slice(start, end)
    const explanation = `${TECHNIQUE_LABEL[technique]}: "${phrase}"${why === undefined ? '' : ` (${why})`} — ${entry.explanation ?? DEFAULT_EXPLANATION[technique]} [lexicon ${entry.id}, source: ${entry.source}]`
    spans.push({ start, end, text: phrase, technique, source: 'lexicon', voice: { kind: 'outlet' }, explanation, confidence })
  }
  for (const hit of hits) {
    const { entry } = hit
    const technique = entry.technique
    if (technique === undefined || hit.isExcluded) continue
    switch (entry.role) {
      case 'phrase':
        emit(hit.first, hit.last, entry, technique, 'full')
        break
      case 'label-noun':
        emit(widenOverDemonyms(tokens, hit.first, isDemonym), hit.last, entry, technique, 'full')
        break
      case 'delegitimizer': {
        const office = findOffice(tokens, hit.last, officeAt, isDemonym)
        if (office !== undefined) {
          emit(hit.first, complementEnd(tokens, office.last), entry, technique, 'full', `applied to the office "${tokens[office.last]!.text}"`)
          break
        }
        const next = tokens[hit.last + 1]
        const beforeName = next !== undefined && next.sentence === tokens[hit.last]!.sentence && next.isCapitalized
        const alone = beforeName ? (entry.beforeNameTechnique ?? entry.aloneTechnique) : entry.aloneTechnique
        // Before a name ("so-called Union State") the label is complete; only a bare modifier is weaker evidence.
        if (alone !== undefined) emit(hit.first, hit.last, entry, alone, beforeName ? 'full' : 'weak', beforeName ? `before the name "${next.text}"` : undefined)
        break
      }
      case 'attribution-adverb': {
        const verb = speechEndAt.get(hit.first - 1) ?? speechStartAt.get(hit.last + 1)
        if (verb !== undefined && tokens[verb.first]!.sentence === tokens[hit.first]!.sentence) {
          emit(Math.min(verb.first, hit.first), Math.max(verb.last, hit.last), entry, technique, 'full', 'adverb colouring a verb of saying')
        } else if (entry.aloneTechnique !== undefined) {
          emit(hit.first, hit.last, entry, entry.aloneTechnique, 'weak')
        }
        break
      }
      case 'descriptor': {
        const head = findHead(tokens, hit.last, entry, isDemonym)
        if (head >= 0) emit(hit.first, head, entry, technique, 'full')
        break
      }
      case 'office':
      case 'speech-verb':
        break
      default:
        assertNever(entry.role)
    }
  }
  return spans
}

/** "Russian dictator": step left over up to two demonyms in the same sentence. */
function widenOverDemonyms(tokens: readonly WordToken[], first: number, isDemonym: IsDemonym): number {
  let start = first
  for (let k = 0; k < MAX_GAP; k++) {
    const previous = tokens[start - 1]
    if (previous === undefined || tokens[start]!.afterPunctuation || !isDemonym(previous)) break
    start -= 1
  }
  return start
}

function findOffice(tokens: readonly WordToken[], last: number, officeAt: ReadonlyMap<number, LexiconHit>, isDemonym: IsDemonym): LexiconHit | undefined {
  const sentence = tokens[last]!.sentence
  for (let k = last + 1; k <= last + 1 + MAX_GAP; k++) {
    const token = tokens[k]
    if (token === undefined || token.sentence !== sentence || token.afterPunctuation) return undefined
    const office = officeAt.get(k)
    if (office !== undefined) return office
    // Only demonyms may stand between: "illegitimate Russian president", not "so-called Union State" (a name:
    // the label is "so-called" alone) nor "illegitimate votes for the president".
    if (!isDemonym(token)) return undefined
  }
  return undefined
}

/** "president of the Russian Federation": include an "of (the) Name Name" complement. */
function complementEnd(tokens: readonly WordToken[], last: number): number {
  const sentence = tokens[last]!.sentence
  let k = last + 1
  const of = tokens[k]
  if (of === undefined || of.norm !== 'of' || of.sentence !== sentence || of.afterPunctuation) return last
  k += 1
  if (tokens[k]?.norm === 'the' && tokens[k]?.afterPunctuation === false) k += 1
  let end = last
  for (let n = 0; n < MAX_COMPLEMENT; n++, k++) {
    const token = tokens[k]
    // "president of Belarus, Oleksandr Lukashenko": the comma ends the title; the name is not part of the label.
    if (token === undefined || token.sentence !== sentence || token.afterPunctuation || !token.isCapitalized) break
    end = k
  }
  return end
}

function findHead(tokens: readonly WordToken[], last: number, entry: LexiconEntry, isDemonym: IsDemonym): number {
  const sentence = tokens[last]!.sentence
  for (let k = last + 1; k <= last + 2; k++) {
    const token = tokens[k]
    if (token === undefined || token.sentence !== sentence || token.afterPunctuation) return -1
    if (entry.heads.some((head) => matchesWord(head, token.norm))) return k
    if (!isDemonym(token)) return -1
  }
  return -1
}

// English demonyms are capitalised adjectives with these endings: Russian, Belarusian, Chinese, Polish, Israeli, Baltic.
const DEMONYM_ENDING = /(?:an|ese|ish|i|ic|ch)$/u

function isCapitalisedDemonym(token: WordToken): boolean {
  return token.isCapitalized && !token.norm.endsWith("'s") && DEMONYM_ENDING.test(token.norm)
}

const TECHNIQUE_LABEL: Readonly<Record<FramingTechnique, string>> = {
  'name-calling': 'label',
  'loaded-language': 'loaded word',
  doubt: 'doubt',
  hedge: 'hedge',
  'loaded-attribution': 'loaded attribution',
  exaggeration: 'exaggeration',
  'appeal-to-fear': 'appeal to fear',
  'flag-waving': 'flag-waving',
  'causal-oversimplification': 'causal oversimplification',
  slogans: 'slogan',
  repetition: 'repetition',
  'appeal-to-authority': 'appeal to authority',
  'black-and-white': 'black-and-white',
  whataboutism: 'whataboutism',
  'thought-terminating-cliche': 'thought-terminating cliché',
  bandwagon: 'bandwagon',
  'loaded-sentence': 'loaded sentence',
}

const DEFAULT_EXPLANATION: Readonly<Record<FramingTechnique, string>> = {
  'name-calling': 'a label that judges a person or institution instead of naming them',
  'loaded-language': 'a word with strong emotional charge where a neutral word would do',
  doubt: 'casts doubt on what follows without evidence',
  hedge: 'attributes without committing to the claim',
  'loaded-attribution': 'a verb or adverb of saying that judges the speaker',
  exaggeration: 'overstates size or degree',
  'appeal-to-fear': 'invokes fear or threat',
  'flag-waving': 'appeals to national or group pride',
  'causal-oversimplification': 'reduces a complex cause to one',
  slogans: 'a slogan',
  repetition: 'repeats a message',
  'appeal-to-authority': 'rests a claim on authority alone',
  'black-and-white': 'presents only two options',
  whataboutism: 'deflects with a counter-accusation',
  'thought-terminating-cliche': 'a phrase that discourages further thought',
  bandwagon: 'appeals to what everyone supposedly thinks',
  'loaded-sentence': 'a sentence worded to take a side',
}

function assertNever(value: never): never {
  throw new Error(`framing: unhandled role ${String(value)}`)
}
