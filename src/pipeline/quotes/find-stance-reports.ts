import type { Sentence, Token } from '../../model/index.js'
import { speakerBefore } from './find-speaker.js'
import { isInsideMarks, trimContent, verbPhrase, type QuoteContext, type Report } from './quote-context.js'
import { isPassive } from './speech-cues.js'

/**
 * Speech acts whose complement is what someone asks for, proposes or refuses, which PolNeAR attributes like
 * speech: "he urged voters to turn out", "she declined to comment", "they demanded to see the files".
 * The content starts at "to" (the listener of "urged voters to" is left out, as PolNeAR does). Intentions
 * ("wants to", "plans to", "promised to", "intends to") are left out: they report what someone will do, not
 * what they said, and the acceptance case counts "Putin promised to fulfil this request" as no quote of his.
 */
const TO_VERBS: ReadonlySet<string> = new Set([
  'refuse', 'decline', 'urge', 'propose', 'offer', 'agree', 'demand', 'ask', 'call', 'encourage', 'press', 'push', 'threaten',
])
/** "called for", "called on … to", "asked about", "pointed to", "referred to": the content follows the particle. */
const PARTICLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  call: ['for'],
  ask: ['about'],
  point: ['to'],
  refer: ['to'],
  push: ['for'],
  press: ['for'],
  argue: ['for', 'against'],
}
/** Verbs that characterise someone in so many words: "called him a misogynist", "described it as …". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'label', 'brand', 'dub'])
// The one named is a short noun phrase: "him", "the senator", "undocumented immigrants from Mexico".
const MAX_NAMED_TOKENS = 5
// "urged voters in Iowa and New Hampshire to": the listener before "to" is a short noun phrase.
const MAX_LISTENER_TOKENS = 6

/** "X wants to …", "X urged Y to …", "X called for …", "X asked about …" in one sentence. */
export function findStanceReports(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.pos !== 'VERB' || isInsideMarks(ctx, t) || isPassive(tokens, i)) continue
    const start = complementStart(tokens, i)
    if (start < 0) continue
    const speaker = speakerBefore(ctx, sentence, i)
    // Without a subject ("to want to …", "Asked about it, …") there is nobody to attribute it to.
    if (!speaker) continue
    const content = trimContent(ctx.text, { start: tokens[start]!.start, end: clauseEnd(tokens, start, sentence.end) })
    return [{ content, attribution: { verb: verbPhrase(tokens, i), speaker } }]
  }
  return []
}

function complementStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (!next) return -1
  const particles = PARTICLE_VERBS[t.lemma]
  if (particles?.includes(next.norm)) return tokens[i + 2] ? i + 2 : -1
  if (NAMING_VERBS.has(t.lemma) && isNaming(tokens, i)) return i + 1
  if (!TO_VERBS.has(t.lemma)) return -1
  if (next.norm === 'to' && tokens[i + 2]?.pos === 'VERB') return i + 1
  // "urged voters to", "called on Congress to": a listener, then "to" and a verb.
  for (let k = i + 1; k < tokens.length && k - i <= MAX_LISTENER_TOKENS; k++) {
    const u = tokens[k]!
    if (u.norm === 'to') return tokens[k + 1]?.pos === 'VERB' && k > i + 1 ? k : -1
    if (!['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM', 'ADP'].includes(u.pos)) return -1
  }
  return -1
}

/**
 * "called the senator a "nasty guy"", "called it a British-government-sanctioned attempt", "described Mexican
 * immigrants as rapists": the one named, then the name (a second noun phrase, a quotation, or "as"). "called
 * the police on Tuesday" names nothing.
 */
function isNaming(tokens: readonly Token[], i: number): boolean {
  let k = i + 1
  if (tokens[k]?.pos === 'PRON') k++
  else while (k < tokens.length && k - i <= MAX_NAMED_TOKENS && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(tokens[k]!.pos) && tokens[k]!.norm !== 'as') k++
  const next = tokens[k]
  if (!next || k === i + 1) return false
  if (next.norm === 'as') return true
  return /^["“‘']/.test(next.text) || (['DET', 'ADJ'].includes(next.pos) && tokens[k - 1]!.pos === 'PRON')
}

/** The complement ends at a semicolon or a comma before a new clause's subject; otherwise with the sentence. */
function clauseEnd(tokens: readonly Token[], start: number, sentenceEnd: number): number {
  const stop = tokens.findIndex((u, k) => k > start && (u.text === ';' || (u.text === ',' && /^(?:but|while|which|who)$/.test(tokens[k + 1]?.norm ?? ''))))
  return stop >= 0 ? tokens[stop]!.start : sentenceEnd
}

