import { isUtf8 } from 'node:buffer'
import { createRequire } from 'node:module'
import type Iconv from 'iconv-lite'

// iconv-lite loads when a document is not UTF-8 (a legacy charset declared or guessed), not with the readers.
let loaded: typeof Iconv | undefined
function iconvLite(): typeof Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv
  return loaded
}

/** The outcome of turning bytes into a string: the text and the charset used, or why it could not be done. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly charset: string }
  | { readonly ok: false; readonly reason: 'binary' | 'bad-encoding'; readonly message: string }

export interface DecodeHints {
  /** The Content-Type header value, when the bytes came over HTTP ("text/html; charset=koi8-r"). */
  readonly contentType?: string
  /** Look for a <meta charset> declaration (HTML input). */
  readonly isHtml?: boolean
}

/**
 * Decodes a document the way a browser would: BOM first, then the HTTP charset, then a <meta> declaration,
 * then strict UTF-8, then a guess among the legacy charsets our outlets use (windows-1251, koi8-r,
 * iso-8859-2, windows-1250, windows-1252). The BOM is removed; nothing else is changed, so offsets stay valid.
 * Example: `decodeBytes(bytes, { isHtml: true })` → `{ ok: true, text: '<html>…', charset: 'windows-1251' }`.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = bomCharset(bytes)
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.charset)
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'looks like a binary file (NUL bytes or control characters), not text' }
  }
  const declared = charsetFromContentType(hints.contentType) ?? (hints.isHtml ? charsetFromMeta(bytes) : undefined)
  const validUtf8 = isValidUtf8(bytes)
  if (declared) {
    const normalized = normalizeCharset(declared)
    // A page declaring UTF-8 but not being valid UTF-8 is common (mis-set headers): fall through to sniffing.
    // The reverse too: a page re-saved as UTF-8 keeps its old <meta charset="windows-1251">. Legacy text
    // almost never forms valid multi-byte UTF-8 sequences, so valid UTF-8 with non-ASCII bytes wins.
    const isLegacyLie = normalized !== 'utf-8' && validUtf8 && hasNonAscii(bytes) && !normalized?.startsWith('utf-16')
    if (normalized && !isLegacyLie && !(normalized === 'utf-8' && !validUtf8)) return decodeWith(bytes, normalized)
  }
  if (validUtf8) return decodeWith(bytes, 'utf-8')
  return decodeWith(bytes, sniffLegacyCharset(bytes))
}

/** True when the bytes hold NUL bytes or too many control characters to be text in any 8-bit charset. */
export function looksBinary(bytes: Uint8Array): boolean {
  // Inspecting the first 8 KiB is what `file` and git do; enough to catch images, PDFs and archives.
  const sample = bytes.subarray(0, 8192)
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return true
    // \t \n \f \r and ESC (ISO-2022 escape sequences) are legitimate in text
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++
  }
  // More than 1 in 100 bytes being control characters: real text files have none (heuristic from `file`'s text test).
  return sample.length > 0 && controls / sample.length > 0.01
}

function decodeWith(bytes: Uint8Array, charset: string): Decoded {
  try {
    if (charset === 'utf-8') {
      // fatal: false — a stray bad byte in a mostly-UTF-8 page becomes U+FFFD rather than losing the page
      return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), charset }
    }
    if (!iconvLite().encodingExists(charset)) {
      return { ok: false, reason: 'bad-encoding', message: `unsupported charset "${charset}"` }
    }
    return { ok: true, text: iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, { stripBOM: false }), charset }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: 'bad-encoding', message: `could not decode as ${charset}: ${detail}` }
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 }
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 }
  return undefined
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)
  return match?.[1]
}

/** The HTML spec's prescan: a charset declared in the first 1024 bytes; we look at 4 KiB because real pages put long <head>s first. */
function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')
  const direct = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)
  if (direct) return direct[1]
  const xml = head.match(/^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i)
  return xml?.[1]
}

function normalizeCharset(label: string): string | undefined {
  const lower = label.toLowerCase()
  if (lower === 'utf8' || lower === 'utf-8' || lower === 'unicode-1-1-utf-8') return 'utf-8'
  // Browsers decode "iso-8859-1" and "us-ascii" as windows-1252 (WHATWG Encoding Standard)
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252'
  if (lower === 'x-cp1251' || lower === 'cp1251') return 'windows-1251'
  return iconvLite().encodingExists(lower) ? lower : undefined
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true
  return false
}

/** Validated in place (buffer.isUtf8): decoding with a fatal TextDecoder built a string of every input only to drop it (issue 19). */
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes)
}

/**
 * Candidates in order of preference: a tie goes to the earlier one. windows-1252 comes before the Central
 * European charsets because French or German text ("après") reads as plausibly in iso-8859-2 ("aprčs").
 */
const LEGACY_CHARSETS = ['windows-1251', 'koi8-r', 'windows-1252', 'iso-8859-2', 'windows-1250'] as const

/** Picks the legacy charset under which the high bytes read most like words. */
function sniffLegacyCharset(bytes: Uint8Array): string {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536))
  let best: string = 'windows-1252'
  let bestScore = -Infinity
  for (const charset of LEGACY_CHARSETS) {
    const score = plausibility(iconvLite().decode(sample, charset))
    if (score > bestScore) {
      best = charset
      bestScore = score
    }
  }
  return best
}

// Most frequent Russian/Ukrainian letters (о е а и н т с р в л), lower case: text is mostly lower case,
// and koi8-r/windows-1251 swap the case ranges, so a wrong guess shows up as mostly capitals.
const COMMON_CYRILLIC = new Set('оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфёъіїєґ')
/**
 * Accented letters per language. A text is in one language, so the right charset is the one whose accented
 * letters fit one alphabet: windows-1250 Polish "będą" read as iso-8859-2 gives "będš", Polish ę beside Czech š.
 */
const ALPHABETS = [
  'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', // Polish
  'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽäĺľôŕÄĹĽÔŔ', // Czech, Slovak
  'áéíóöőúüűÁÉÍÓÖŐÚÜŰ', // Hungarian
  'čćđšžČĆĐŠŽ', // Croatian, Slovene, Bosnian
  'ăâîșțşţĂÂÎȘȚŞŢ', // Romanian
  'àâäçéèêëîïôöùûüÿœæßñáíóúãõÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚÃÕ', // French, German, Spanish, Portuguese, Italian
].map((letters) => new Set(letters))
const ANY_ALPHABET = new Set(ALPHABETS.flatMap((set) => [...set]))

function plausibility(text: string): number {
  let score = 0
  let previous = ''
  const accented = new Map<string, number>()
  for (const char of text) {
    const code = char.charCodeAt(0)
    const isCyrillic = code >= 0x400 && code <= 0x4ff
    // Cyrillic words are all Cyrillic: "cafй" (windows-1252 "café" read as windows-1251) mixes scripts
    if ((isCyrillic && /[a-z]/i.test(previous)) || (/[a-z]/i.test(char) && /[\u0400-\u04ff]/.test(previous))) score -= 3
    if (code < 0x80) {
      previous = char
      continue
    }
    if (COMMON_CYRILLIC.has(char)) score += 2
    else if (ANY_ALPHABET.has(char)) {
      // Latin-script words mix accented and plain letters; a run of accented ones ("Ěčíńę") is Cyrillic misread
      if (!ANY_ALPHABET.has(previous)) accented.set(char, (accented.get(char) ?? 0) + 1)
    } else if (/\p{Lu}/u.test(char) && /\p{L}/u.test(previous)) score -= 1 // capital inside a word: wrong case range
    else if (/\p{L}/u.test(char)) score += 0.5
    else if (code >= 0x80 && code < 0xa0) score -= 3 // C1 control: no real text has these
    else score -= 1 // symbols in the middle of text: ¤ ¦ § ¬ ...
    previous = char
  }
  let total = 0
  for (const n of accented.values()) total += n
  let best = 0
  for (const alphabet of ALPHABETS) {
    let inAlphabet = 0
    for (const [char, n] of accented) if (alphabet.has(char)) inAlphabet += n
    best = Math.max(best, inAlphabet)
  }
  // Letters of the best-fitting alphabet count like common Cyrillic letters; the others like rare letters
  return score + 2 * best + 0.5 * (total - best)
}
