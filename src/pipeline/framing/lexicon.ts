import { createRequire } from 'node:module'
import type { z } from 'zod'
import { FRAMING_TECHNIQUES, type FramingTechnique } from '../../model/index.js'

/**
 * How an entry takes part in detection:
 * - `phrase`: flag the phrase itself ("witch hunt").
 * - `label-noun`: a label for a person or institution, widened left over demonyms ("Russian dictator").
 * - `delegitimizer`: flags an office noun that follows it ("illegitimate Russian president"); alone it flags
 *   only when the entry gives `aloneTechnique` ("so-called").
 * - `office`: a neutral title ("president"); never flagged alone.
 * - `attribution-adverb`: flags together with a neighbouring speech verb ("hypocritically said").
 * - `speech-verb`: a neutral verb of saying ("said"); never flagged alone.
 * - `descriptor`: flags only before one of `heads` ("peaceful Ukrainian city").
 */
export type EntryRole =
  | 'phrase'
  | 'label-noun'
  | 'delegitimizer'
  | 'office'
  | 'attribution-adverb'
  | 'speech-verb'
  | 'descriptor'

const ROLES = [
  'phrase',
  'label-noun',
  'delegitimizer',
  'office',
  'attribution-adverb',
  'speech-verb',
  'descriptor',
] as const satisfies readonly EntryRole[]

/**
 * The schema of a lexicon file as written, built on first use with zod (loaded then, not at import: the built-in
 * lexicons are trusted and read without it, so analysis never loads zod).
 */
function buildLexiconSchema(zod: typeof z) {
  const rawEntrySchema = zod.strictObject({
    id: zod.string().min(1),
    /** Words as they appear; a word ending in "*" matches any word starting with it ("диктатор*"). */
    terms: zod.array(zod.string().min(1)).min(1),
    role: zod.enum(ROLES).default('phrase'),
    technique: zod.enum(FRAMING_TECHNIQUES).optional(),
    /** For delegitimizers and attribution adverbs: the technique when no partner word is found. */
    aloneTechnique: zod.enum(FRAMING_TECHNIQUES).optional(),
    /** Technique when the next word is capitalised (a name follows): "so-called Union State" labels an institution. */
    beforeNameTechnique: zod.enum(FRAMING_TECHNIQUES).optional(),
    confidence: zod.number().gt(0).lte(1).optional(),
    explanation: zod.string().optional(),
    /** Words that must follow a `descriptor`, optionally after one demonym. */
    heads: zod.array(zod.string().min(1)).optional(),
    /** The match is cancelled when one of these words (or phrases) stands right before it ("sanctions regime"). */
    notAfterWords: zod.array(zod.string().min(1)).optional(),
    /** The match is cancelled when one of these words (or phrases) stands right after it ("claimed the lives"). */
    notBeforeWords: zod.array(zod.string().min(1)).optional(),
    /**
     * The match is cancelled when one of these words stands anywhere in its sentence: "alleged" beside "charged"
     * or "prosecutors" is legal precision (a charge not yet proven), not doubt.
     */
    notInSentenceWith: zod.array(zod.string().min(1)).optional(),
    source: zod.string().min(1),
    note: zod.string().optional(),
  })

  const rawLexiconSchema = zod.strictObject({
    language: zod.string().min(2),
    description: zod.string(),
    /** Citation for each source key used by the entries. */
    sources: zod.record(zod.string(), zod.string()),
    /**
     * Nationality adjectives a label may absorb ("російський диктатор"), as word patterns. Languages that
     * capitalise demonyms (English) need none: a capitalised "-ian/-ese/-ish" word counts.
     */
    demonyms: zod.array(zod.string().min(1)).optional(),
    entries: zod.array(rawEntrySchema),
  })
  return rawLexiconSchema
}

let lexiconSchema: ReturnType<typeof buildLexiconSchema> | undefined

export type RawLexicon = z.input<ReturnType<typeof buildLexiconSchema>>
/** A raw lexicon with the schema's defaults filled in. */
type ParsedLexicon = z.output<ReturnType<typeof buildLexiconSchema>>

/** A word pattern: exact lower-case form, or a prefix when the lexicon wrote "stem*". */
export interface WordPattern {
  readonly text: string
  readonly isPrefix: boolean
}

export interface LexiconEntry {
  readonly id: string
  readonly terms: readonly (readonly WordPattern[])[]
  readonly role: EntryRole
  readonly technique: FramingTechnique | undefined
  readonly aloneTechnique: FramingTechnique | undefined
  readonly beforeNameTechnique: FramingTechnique | undefined
  readonly confidence: number
  readonly explanation: string | undefined
  readonly heads: readonly WordPattern[]
  /** Word sequences that cancel the match when they stand right before it. */
  readonly notAfterWords: readonly (readonly WordPattern[])[]
  /** Word sequences that cancel the match when they stand right after it ("claimed the lives"). */
  readonly notBeforeWords: readonly (readonly WordPattern[])[]
  /** Words that cancel the match anywhere in its sentence (legal context for "alleged"). */
  readonly notInSentenceWith: readonly WordPattern[]
  readonly source: string
  readonly note: string | undefined
}

export interface Lexicon {
  readonly language: string
  readonly description: string
  readonly sources: Readonly<Record<string, string>>
  readonly demonyms: readonly WordPattern[]
  readonly entries: readonly LexiconEntry[]
}

// Entries that do not state a confidence: a mid value, below the curated labels (0.8–0.9) and above hedges (0.3).
const DEFAULT_CONFIDENCE = 0.6

/**
 * Validates a lexicon as written in its JSON file and turns it into strict entries; throws with the entry id on error.
 * @example parseLexicon(enJson).entries[0]?.terms  // [[{ text: 'dictator', isPrefix: false }]]
 */
export function parseLexicon(raw: unknown): Lexicon {
  const zod = createRequire(import.meta.url)('zod') as { z: typeof z }
  lexiconSchema ??= buildLexiconSchema(zod.z)
  const parsed = lexiconSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`framing: invalid lexicon: ${zod.z.prettifyError(parsed.error)}`)
  return toLexicon(parsed.data)
}

/**
 * A lexicon file already known to be valid (a built-in one: the committed files are checked by parseLexicon in
 * lexicon.test.ts) in strict form, with the defaults the schema would fill in (role "phrase"): the same result as
 * parseLexicon, without loading zod.
 */
export function trustedLexicon(raw: RawLexicon): Lexicon {
  return toLexicon({ ...raw, entries: raw.entries.map((entry) => ({ ...entry, role: entry.role ?? 'phrase' })) })
}

function toLexicon(data: ParsedLexicon): Lexicon {
  const ids = new Set<string>()
  const entries = data.entries.map((entry): LexiconEntry => {
    if (ids.has(entry.id)) throw new Error(`framing: duplicate lexicon entry id ${entry.id}`)
    ids.add(entry.id)
    if (!(entry.source in data.sources)) throw new Error(`framing: entry ${entry.id} cites unknown source ${entry.source}`)
    const flags = entry.role !== 'office' && entry.role !== 'speech-verb'
    if (flags && entry.technique === undefined) throw new Error(`framing: entry ${entry.id} needs a technique`)
    if (entry.role === 'descriptor' && (entry.heads ?? []).length === 0) throw new Error(`framing: descriptor ${entry.id} needs heads`)
    return {
      id: entry.id,
      terms: entry.terms.map(parseTerm),
      role: entry.role,
      technique: entry.technique,
      aloneTechnique: entry.aloneTechnique,
      beforeNameTechnique: entry.beforeNameTechnique,
      confidence: entry.confidence ?? DEFAULT_CONFIDENCE,
      explanation: entry.explanation,
      heads: (entry.heads ?? []).map(parseWord),
      notAfterWords: (entry.notAfterWords ?? []).map(parseTerm),
      notBeforeWords: (entry.notBeforeWords ?? []).map(parseTerm),
      notInSentenceWith: (entry.notInSentenceWith ?? []).map(parseWord),
      source: entry.source,
      note: entry.note,
    }
  })
  return { language: data.language, description: data.description, sources: data.sources, demonyms: (data.demonyms ?? []).map(parseWord), entries }
}

/** True when a token's `norm` matches the pattern. */
export function matchesWord(pattern: WordPattern, norm: string): boolean {
  return pattern.isPrefix ? norm.startsWith(pattern.text) : norm === pattern.text
}

function parseTerm(term: string): WordPattern[] {
  return term.trim().split(/\s+/u).map(parseWord)
}

function parseWord(word: string): WordPattern {
  const lower = word.toLowerCase().replaceAll('’', "'")
  return lower.endsWith('*') ? { text: lower.slice(0, -1), isPrefix: true } : { text: lower, isPrefix: false }
}
