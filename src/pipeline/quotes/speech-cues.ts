import type { Token } from '../../model/index.js'
import { SPEECH_VERBS, SPEECH_VERB_FORMS } from '../text/index.js'

/** A verb of saying ("said", "told", "hypocritically said"), as the tagger or the form list knows it. */
export function isSpeechVerb(t: Token): boolean {
  return SPEECH_VERB_FORMS.has(t.norm) || ((t.pos === 'VERB' || t.pos === 'AUX') && SPEECH_VERBS.has(t.lemma) && t.lemma !== 'be')
}

/**
 * Verbs that report what someone said or holds as a clause with no "that": "Isakson said he remembers …",
 * "they believe it is …". Speech verbs that rather take an object ("called him", "asked for", "praised") are
 * left out: they report speech only with "that" (see `takesThatClause`).
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'write', 'note', 'argue', 'claim', 'assert', 'insist', 'explain', 'warn', 'suggest',
  'acknowledge', 'admit', 'concede', 'predict', 'contend', 'maintain', 'declare', 'announce', 'recall', 'stress',
  'emphasize', 'emphasise', 'complain', 'conclude', 'testify', 'tweet', 'allege', 'reiterate', 'boast', 'brag',
  'believe', 'think', 'fear', 'hope', 'worry', 'expect', 'estimate', 'reckon', 'figure', 'feel', 'agree', 'vow',
  'promise', 'pledge', 'swear', 'guess', 'charge', 'counter', 'retort', 'quip', 'joke', 'reply', 'respond', 'answer',
  // Polls and studies speak too: "polls show Clinton leading", "the study found voters were …".
  'show', 'find', 'indicate', 'reveal',
])

/**
 * Verbs that report a statement only before "that", "whether" or "if": "polls show that …", "the study found
 * that …", "he asked whether …", "she confirmed that …". Without the conjunction they take objects.
 */
const THAT_VERBS: ReadonlySet<string> = new Set([
  'show', 'find', 'reveal', 'indicate', 'confirm', 'deny', 'report', 'ask', 'wonder', 'question', 'know', 'learn',
  'realize', 'realise', 'understand', 'assume', 'suspect', 'doubt', 'hint', 'imply', 'signal', 'point', 'remind',
  'inform', 'assure', 'convince', 'persuade', 'mention', 'observe', 'remark', 'comment', 'state', 'demand', 'urge',
  'propose', 'recommend', 'accuse', 'suggest', 'caution', 'speculate', 'acknowledge', 'predict', 'concede', 'project',
  'demonstrate', 'prove', 'conclude', 'decide', 'determine', 'specify', 'clarify', 'underline', 'underscore',
])

/** Verbs whose listener comes between verb and clause: "told reporters he …", "assured voters that …". */
const LISTENER_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'convince', 'persuade', 'promise', 'ask', 'urge', 'caution'])

/** True when the verb at `i` reports a clause that follows it directly: "said he …". */
export function takesBareClause(tokens: readonly Token[], i: number): boolean {
  return isVerbAt(tokens, i) && CLAUSE_VERBS.has(lemmaOf(tokens[i]!))
}

/** True when the verb at `i` reports a clause opened by "that", "whether" or "if" (or, for "say", by none). */
export function takesThatClause(tokens: readonly Token[], i: number): boolean {
  const lemma = lemmaOf(tokens[i]!)
  return isVerbAt(tokens, i) && (CLAUSE_VERBS.has(lemma) || THAT_VERBS.has(lemma))
}

export function takesListener(t: Token): boolean {
  return LISTENER_VERBS.has(lemmaOf(t))
}

/**
 * The tagger sometimes reads "said" as an adjective and "says" as a noun: the form list corrects it. It also tags
 * a present-tense cue right after its subject as a noun ("polls show", "the leadership fears", "the Post
 * reports"): a noun after a noun or name, before what cannot follow a plural noun, is taken as that verb.
 */
function isVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (t.pos === 'VERB' || t.pos === 'AUX' || SPEECH_VERB_FORMS.has(t.norm)) return true
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  return (
    t.pos === 'NOUN' &&
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'PROPN') &&
    after !== undefined &&
    (after.norm === 'that' || after.pos === 'PROPN' || after.pos === 'PRON' || after.pos === 'DET')
  )
}

function lemmaOf(t: Token): string {
  return SPEECH_VERB_FORMS.has(t.norm) && t.pos !== 'VERB' ? (FORM_LEMMAS[t.norm] ?? t.lemma) : t.lemma
}

// The tagger's lemma of a mis-tagged form can be the form itself ("said" as ADJ): these give the verb's.
const FORM_LEMMAS: Readonly<Record<string, string>> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write' }

/** "was told", "is expected", "were asked": the subject did not say it. "has said", "is saying" are active. */
export function isPassive(tokens: readonly Token[], i: number): boolean {
  let j = i - 1
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--
  return tokens[j]?.pos === 'AUX' && tokens[j]!.lemma === 'be' && !/ing$/.test(tokens[i]!.text)
}
