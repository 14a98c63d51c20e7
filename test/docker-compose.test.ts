// compose.yaml and the Dockerfile (PostgreSQL mode: PostgreSQL, workers, serve) checked without Docker: the services
// and their wiring, each command against the CLI's real commands and flags, and every variable set for Parallax
// against the variables the code reads. What this cannot check is that the image builds; docs/SCALING.md says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Command } from 'commander'
import { parse } from 'yaml'
import { beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../src/api/index.js'
import { registerCommands } from '../src/cli/commands/index.js'
import type { Store } from '../src/store/index.js'
import { postgresUrl } from '../src/store/postgres/index.js'

const ROOT = join(import.meta.dirname, '..')

interface Service {
  readonly image?: string
  readonly build?: string
  readonly command?: string[]
  readonly environment?: Record<string, string>
  readonly depends_on?: Record<string, { condition?: string }>
  readonly volumes?: string[]
  readonly ports?: string[]
  readonly healthcheck?: { test: string[] }
}

// merge: the services share their image, build and depends_on through a YAML merge key (<<), as compose reads it
const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> }
const services = compose.services
const PARALLAX_SERVICES = ['worker', 'serve'] as const

/** "${POSTGRES_PASSWORD:-parallax}" → "parallax": the value compose uses when the variable is unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z_][A-Z0-9_]*(?::?-([^}]*))?\}/g, (_, fallback: string | undefined) => fallback ?? '')
}

let program: Command
beforeAll(async () => {
  program = new Command('parallax')
  await registerCommands(program)
})

test('three services: postgres, worker, serve', () => {
  expect(Object.keys(services).sort()).toEqual(['postgres', 'serve', 'worker'])
})

describe('postgres', () => {
  const postgres = services['postgres']!

  test('PostgreSQL 16 with its data on a named volume and a pg_isready healthcheck', () => {
    expect(postgres.image).toBe('postgres:16')
    const [volume, path] = (postgres.volumes?.[0] ?? '').split(':')
    expect(path).toBe('/var/lib/postgresql/data')
    expect(Object.keys(compose.volumes ?? {})).toContain(volume)
    expect(postgres.healthcheck?.test.join(' ')).toMatch(/pg_isready -U parallax -d parallax/)
  })
})

describe.each(PARALLAX_SERVICES)('%s', (name) => {
  const service = services[name]!

  test('built from the Dockerfile here and started once PostgreSQL is healthy', () => {
    expect(service.build).toBe('.')
    expect(existsSync(join(ROOT, 'Dockerfile'))).toBe(true)
    expect(service.depends_on?.['postgres']?.condition).toBe('service_healthy')
  })

  test('its command is a parallax command with flags that command has', () => {
    const [commandName, ...args] = service.command ?? []
    expect(commandName).toBe(name)
    const command = program.commands.find((c) => c.name() === commandName)
    expect(command, `parallax ${commandName}`).toBeDefined()
    for (let i = 0; i < args.length; i++) {
      const option = command!.options.find((o) => o.long === args[i])
      expect(option, `parallax ${commandName} ${args[i]}`).toBeDefined()
      if (option!.required) expect(args[++i], `value of ${option!.long}`).toMatch(/^[^-]/)
    }
  })

  test('DATABASE_URL names the postgres service, its user and database, in a form the code takes for PostgreSQL', () => {
    const url = withDefaults(service.environment?.['DATABASE_URL'] ?? '')
    expect(postgresUrl({ DATABASE_URL: url })).toBe(url)
    const parsed = new URL(url)
    const postgres = services['postgres']!.environment ?? {}
    expect(parsed.hostname).toBe('postgres')
    expect(decodeURIComponent(parsed.username)).toBe(postgres['POSTGRES_USER'])
    expect(decodeURIComponent(parsed.password)).toBe(withDefaults(postgres['POSTGRES_PASSWORD'] ?? ''))
    expect(parsed.pathname).toBe(`/${postgres['POSTGRES_DB']}`)
  })

  test('every variable it sets is one the code reads', () => {
    const read = envVarsReadBySource()
    for (const key of Object.keys(service.environment ?? {})) expect(read, key).toContain(key)
  })
})

describe('serve', () => {
  const serve = services['serve']!

  test('listens on 0.0.0.0:7700, published as 7700, with PARALLAX_TOKEN from the environment', () => {
    expect(serve.command).toEqual(['serve', '--host', '0.0.0.0', '--port', '7700'])
    expect(serve.ports?.some((p) => /(^|:)7700:7700$/.test(p))).toBe(true)
    expect(serve.environment?.['PARALLAX_TOKEN']).toMatch(/^\$\{PARALLAX_TOKEN(:?-[^}]*)?\}$/)
  })

  test('its healthcheck asks for a path the app answers without a token or a store', async () => {
    const path = /http:\/\/127\.0\.0\.1:7700(\/[^'"]*)/.exec(serve.healthcheck?.test.join(' ') ?? '')?.[1]
    expect(path).toBeDefined()
    // The path needs no store: an empty object stands in, and any store call would throw.
    const response = await createApp({ store: {} as Store, token: 'token' }).request(path!)
    expect(response.status).toBe(200)
  })
})

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
  const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+\s/.test(line))

  test('node:20-bookworm-slim, npm ci, the addon compiled in a build stage, run as a non-root user', () => {
    const from = instructions.filter((line) => line.startsWith('FROM '))
    expect(from.map((line) => line.split(/\s+/)[1])).toEqual(['node:20-bookworm-slim', 'node:20-bookworm-slim'])
    expect(from[0]).toMatch(/ AS build$/)
    const buildStage = dockerfile.slice(0, dockerfile.lastIndexOf('\nFROM '))
    expect(buildStage).toMatch(/apt-get install[^\n]*python3 make g\+\+/)
    expect(buildStage).toMatch(/npm ci\b/)
    expect(buildStage).toMatch(/npm rebuild better-sqlite3 --build-from-source/)
    expect(buildStage).toMatch(/npm run build/)
    const user = instructions.filter((line) => line.startsWith('USER ')).at(-1)
    expect(user).toBeDefined()
    expect(user).not.toMatch(/USER\s+(root|0)\b/)
    expect(instructions.at(-2)).toBe('ENTRYPOINT ["node", "bin/parallax.js"]')
  })

  test('everything it copies from the context exists, and .dockerignore keeps none of it out', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'))
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true)
      expect(ignored, source).not.toContain(source)
    }
  })
})

/**
 * Environment variables the product code reads: `env['NAME']`, `env.NAME`, or a NAME handed to a helper whose name
 * says env (`envNumber('PARALLAX_JOB_EXPIRE_S')`), in src/ without tests, the store contract suite and TSDoc comments.
 */
function envVarsReadBySource(): Set<string> {
  const names = new Set<string>()
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8').replace(/^\s*\/\*\*[\s\S]*?\*\//gm, '')
    for (const pattern of [/env\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g, /env\.([A-Z][A-Z0-9_]*)\b/g, /\b\w*[eE]nv\w*\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g]) {
      for (const match of code.matchAll(pattern)) names.add(match[1]!)
    }
  }
  return names
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|contract)\.tsx?$/.test(entry.name) ? [path] : []
  })
}
