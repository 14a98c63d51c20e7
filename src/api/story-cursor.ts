import type { StoryCursor } from '../store/index.js'

/** Story ids as ingest makes them ("s" plus hex) or as a split names them; see StoryId in schemas.ts. */
const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The `after` parameter of the story list (`GET /api/stories`, `/`, `parallax stories --after`): the last story of
 * a page, as an opaque base64url token, so clients follow `next` instead of building cursors.
 *
 * @example
 * encodeStoryCursor({ lastSeen: '2024-12-06T10:00:00.000Z', storyId: 's1' }) // 'WyIyMDI0LTEyLTA2VDEw…'
 */
export function encodeStoryCursor(cursor: StoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.lastSeen, cursor.storyId])).toString('base64url')
}

/** The cursor `token` names, or null when it is not one encodeStoryCursor made. */
export function decodeStoryCursor(token: string): StoryCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (!Array.isArray(value) || value.length !== 2) return null
  const [lastSeen, storyId] = value as unknown[]
  if (typeof lastSeen !== 'string' || Number.isNaN(Date.parse(lastSeen)) || typeof storyId !== 'string' || !STORY_ID.test(storyId)) return null
  return { lastSeen, storyId }
}
