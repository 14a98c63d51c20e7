/**
 * Closed word classes shared by several stages. Open-ended vocabularies (places, roles, loaded words) live in
 * data files with a source per entry; these short lists are grammar, written down from standard usage guides.
 */

/** Reporting verbs (lemmas) that introduce or close speech: "said", "stated", "argued", "hypocritically said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'state', 'tell', 'add', 'note', 'argue', 'claim', 'assert', 'declare', 'announce', 'explain', 'stress', 'emphasize',
  'emphasise', 'insist', 'mention', 'remark', 'comment', 'reply', 'respond', 'answer', 'ask', 'write', 'tweet', 'post',
  'warn', 'admit', 'acknowledge', 'concede', 'boast', 'brag', 'complain', 'suggest', 'recall', 'point', 'continue',
  'conclude', 'believe', 'think', 'predict', 'promise', 'vow', 'pledge', 'threaten', 'urge', 'demand', 'beg', 'plead',
  'lament', 'deny', 'confirm', 'report', 'testify', 'allege', 'contend', 'maintain', 'observe', 'shout', 'scream',
  'yell', 'whisper', 'quip', 'joke', 'sneer', 'scoff', 'snap', 'retort', 'counter', 'charge', 'accuse', 'blast',
  'slam', 'mock', 'praise', 'hail', 'call', 'describe', 'characterize', 'characterise', 'assure', 'reiterate',
  'underline', 'underscore', 'indicate', 'specify', 'clarify', 'elaborate', 'inform', 'signal', 'hint', 'imply',
])

/** Verb forms that are unambiguous speech markers even when the tagger misses them ("said" is sometimes ADJ). */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([
  'said', 'says', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'argued', 'argues', 'claimed',
  'claims', 'declared', 'announced', 'explained', 'stressed', 'emphasized', 'emphasised', 'insisted', 'mentioned',
  'remarked', 'replied', 'responded', 'asked', 'wrote', 'writes', 'tweeted', 'warned', 'admitted', 'acknowledged',
  'boasted', 'complained', 'suggested', 'recalled', 'concluded', 'promised', 'vowed', 'pledged', 'threatened', 'urged',
  'demanded', 'begged', 'pleaded', 'lamented', 'denied', 'confirmed', 'reported', 'testified', 'alleged', 'contended',
  'maintained', 'observed', 'quipped', 'joked', 'sneered', 'scoffed', 'snapped', 'retorted', 'countered', 'assured',
  'reiterated', 'underlined', 'underscored', 'indicated', 'clarified', 'continued', 'believes', 'believed',
])

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Third-person personal pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his'])

/** English function words: never the start of a name, even when capitalised at the start of a sentence. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'if', 'then', 'so', 'as', 'at', 'by', 'for',
  'from', 'in', 'into', 'of', 'on', 'to', 'with', 'without', 'about', 'after', 'before', 'during', 'since', 'until',
  'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'i', 'we', 'you', 'he', 'she', 'it',
  'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their', 'not', 'no', 'yes', 'also',
  'there', 'here', 'all', 'some', 'any', 'each', 'every', 'both', 'many', 'much', 'more', 'most', 'other', 'such',
  'according', 'however', 'meanwhile', 'still', 'yet', 'even', 'only', 'just', 'now', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'first', 'one', 'two', 'three', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'than',
  'because', 'although', 'though', 'unless', 'whether', 'among', 'between', 'against', 'over', 'under', 'above',
  'below', 'through', 'across', 'near', 'behind', 'despite', 'instead', 'in addition', 'furthermore', 'moreover',
])

/** Content words too common to show that two sentences report the same fact. */
export const ALIGNMENT_STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'say', 'tell', 'add', 'state', 'go', 'get', 'make', 'take', 'come', 'see', 'know', 'give', 'use', 'find', 'want',
  'also', 'very', 'well', 'year', 'time', 'way', 'thing', 'people', 'new', 'like', 'would', 'could', 'lot',
  "'s", 'be', 'have', 'do', 'not', 'there', 'up', 'out', 'so', 'just', 'already', 'again', 'ever', 'never',
])
