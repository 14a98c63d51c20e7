import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { AppError } from '../../model/index.js'
import { parseOutletRegistry } from './parse-outlet-registry.js'

const YAML = `# a comment
outlets:
  - name: Kyiv Post
    domains: [kyivpost.com, WWW.KyivPost.UA]
    aliases: KP
    country: UA
    language: en
    owner: Business Group LLC
    groups:
      lean: centre
      state media: no
      rank: 3
  - name: Daily Wrap
    domains: dailywrap.net
`

function errorOf(text: string, file = 'outlets.yaml'): string {
  try {
    parseOutletRegistry(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid_input')
    return (error as Error).message
  }
  throw new Error('expected the registry to be refused')
}

describe('parseOutletRegistry: YAML', () => {
  test('reads every field; one name or a list; hosts lower-cased without www; group values as text', () => {
    const registry = parseOutletRegistry(YAML, 'outlets.yaml')
    expect(registry.source).toBe('outlets.yaml')
    expect(registry.outlets).toEqual([
      {
        name: 'Kyiv Post',
        domains: ['kyivpost.com', 'kyivpost.ua'],
        aliases: ['KP'],
        country: 'UA',
        language: 'en',
        owner: 'Business Group LLC',
        groups: { lean: 'centre', 'state media': 'no', rank: '3' },
      },
      { name: 'Daily Wrap', domains: ['dailywrap.net'], aliases: [], groups: {} },
    ])
  })

  test('an empty list is a valid registry', () => {
    expect(parseOutletRegistry('outlets: []\n', 'o.yaml').outlets).toEqual([])
  })

  test.each([
    ['a missing name', 'outlets:\n  - domains: a.com\n', 'o.yaml:2: outlet, name: is required'],
    ['a misspelt field, on its own line', 'outlets:\n  - name: A\n    domain: a.com\n', 'o.yaml:3: outlet "A": unknown field "domain"'],
    ['a URL where a host belongs', 'outlets:\n  - name: A\n    domains:\n      - a.com\n      - https://www.b.com/\n', 'o.yaml:5: outlet "A", domains[1]: "https://www.b.com/" is not a host name'],
    ['a group value that is a list', 'outlets:\n  - name: A\n    groups:\n      lean: [left, right]\n', 'o.yaml:4: outlet "A", groups.lean:'],
    ['a YAML syntax error', 'outlets:\n  - name: A\n   - name: [B\n', 'o.yaml:3: not valid YAML'],
    ['no outlets key', 'sources:\n  - name: A\n', 'o.yaml:1: unknown top-level field "sources"'],
    ['a list at the top', '- name: A\n', 'o.yaml:1: expected "outlets:"'],
  ])('%s names the file, line and field', (_case, text, expected) => {
    expect(errorOf(text, 'o.yaml')).toContain(expected)
  })

  test('every problem is reported at once', () => {
    const message = errorOf('outlets:\n  - name: A\n    domain: a.com\n  - name: ""\n')
    expect(message).toContain('outlets.yaml:3:')
    expect(message).toContain('outlets.yaml:4: outlet, name: must not be empty')
  })

  test('two outlets may not claim one domain or one name (case and accents ignored)', () => {
    const message = errorOf('outlets:\n  - name: Gazeta\n    domains: g.pl\n  - name: Other\n    domains: news.g.pl\n  - name: Third\n    domains: G.pl\n    aliases: [GAZETĄ]\n')
    expect(message).toContain('outlets.yaml:6: outlet "Third": domain g.pl is also claimed by "Gazeta" (line 2)')
    expect(message).toContain('outlets.yaml:6: outlet "Third": the name "gazeta" is also used by "Gazeta" (line 2)')
    expect(message).not.toContain(':4:')
  })
})

describe('parseOutletRegistry: CSV', () => {
  test('fixed columns are fields, every other column a group kind; ";" separates domains; quotes hold commas', () => {
    const csv = 'name,domains,aliases,country,lean,state media\n"Post, The",post.example; www.post.example,,US,left,\nState TV,tv.example,STV,RU,,yes\n'
    expect(parseOutletRegistry(csv, 'outlets.csv').outlets).toEqual([
      { name: 'Post, The', domains: ['post.example', 'post.example'], aliases: [], country: 'US', groups: { lean: 'left' } },
      { name: 'State TV', domains: ['tv.example'], aliases: ['STV'], country: 'RU', groups: { 'state media': 'yes' } },
    ])
  })

  test('errors name the row line and the column', () => {
    const message = errorOf('name,domains\nA,a.com\n,b.com\nC,http://c.com\n', 'outlets.csv')
    expect(message).toContain('outlets.csv:3: outlet, column "name": is required')
    expect(message).toContain('outlets.csv:4: outlet "C", column "domains": "http://c.com" is not a host name')
  })

  test('a header without a name column is refused', () => {
    expect(errorOf('outlet,domains\nA,a.com\n', 'o.csv')).toContain('o.csv:1: the header row has no "name" column')
  })
})

describe('docs/OUTLETS.md', () => {
  const doc = readFileSync(new URL('../../../docs/OUTLETS.md', import.meta.url), 'utf8')

  test('the YAML and CSV examples are valid registries', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
    expect(parseOutletRegistry(yaml, 'outlets.yaml').outlets.map((o) => [o.name, o.groups])).toEqual([
      ['Kyiv Post', { lean: 'centre', 'state media': 'no' }],
      ['Daily Wrap', { country: 'Poland' }],
    ])
    const csv = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
    expect(parseOutletRegistry(csv, 'outlets.csv').outlets.map((o) => o.name)).toEqual(['Kyiv Post', 'Post, The'])
  })

  test('examples/outlets.yaml is a valid registry without ratings', () => {
    const registry = parseOutletRegistry(readFileSync(new URL('../../../examples/outlets.yaml', import.meta.url), 'utf8'), 'examples/outlets.yaml')
    expect(registry.outlets.map((o) => o.name)).toEqual(['Ukrainian outlet (seed 000)', 'Daily Wrap'])
    expect(new Set(registry.outlets.flatMap((o) => Object.keys(o.groups)))).toEqual(new Set(['country']))
  })
})
