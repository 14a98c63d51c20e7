import { describe, expect, test } from 'vitest'
import type { Outlet, OutletRegistry } from '../../model/index.js'
import { resolveOutlet } from './resolve-outlet.js'

const outlet = (name: string, domains: string[], aliases: string[] = []): Outlet => ({ name, domains, aliases, groups: {} })
const registry: OutletRegistry = {
  outlets: [
    outlet('Kyiv Post', ['kyivpost.com'], ['KP', 'kyiv-post-story']),
    outlet('Gazeta Wyborcza', ['wyborcza.pl']),
    outlet('Wyborcza Lodz', ['lodz.wyborcza.pl']),
    outlet('Reuters', ['reuters.com']),
  ],
}

describe('resolveOutlet', () => {
  test.each([
    ['the host of the URL', { url: 'https://www.kyivpost.com/post/1' }, 'Kyiv Post'],
    ['a subdomain of a domain', { url: 'http://news.kyivpost.com/a' }, 'Kyiv Post'],
    ['the longest domain', { url: 'https://lodz.wyborcza.pl/x' }, 'Wyborcza Lodz'],
    ['the shorter one for another subdomain', { url: 'https://krakow.wyborcza.pl/x' }, 'Gazeta Wyborcza'],
    ['a name in other case and accents', { name: 'GAZETA WYBÓRCZA' }, 'Gazeta Wyborcza'],
    ['an alias', { name: 'kp' }, 'Kyiv Post'],
    ['a file-derived name as an alias, punctuation ignored', { name: 'kyiv_post_story' }, 'Kyiv Post'],
    ['a stored host name', { name: 'www.kyivpost.com' }, 'Kyiv Post'],
    ['a known name before the URL (syndication, --outlet)', { name: 'Reuters', url: 'https://kyivpost.com/wire/1' }, 'Reuters'],
    ['the URL when the name is not known', { name: 'Kyiv Post Online', url: 'https://kyivpost.com/a' }, 'Kyiv Post'],
  ])('%s', (_case, hint, expected) => {
    expect(resolveOutlet(registry, hint)?.name).toBe(expected)
  })

  test.each([
    ['an unknown name', { name: 'Daily Wrap' }],
    ['a host that only ends like a domain', { url: 'https://notkyivpost.com/a' }],
    ['a URL that is not http', { url: 'file:///kyivpost.com/a' }],
    ['a top-level domain alone', { name: 'com' }],
    ['nothing', {}],
  ])('%s is unknown', (_case, hint) => {
    expect(resolveOutlet(registry, hint)).toBeUndefined()
  })

  test('an empty registry knows nothing', () => {
    expect(resolveOutlet({ outlets: [] }, { name: 'Kyiv Post', url: 'https://kyivpost.com' })).toBeUndefined()
  })
})
