// The package as npm ships it (issue 15, problem 2: `main` pointed at a missing file, `files` listed a missing
// folder, `engines` named a Node the code does not run on). scripts/ci/check-package.sh installs the packed
// tarball and runs it; these checks are the fast part, on every `npm test`.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

interface PackageJson {
  readonly name: string
  readonly main: string
  readonly types: string
  readonly bin: Readonly<Record<string, string>>
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>
  readonly files: readonly string[]
  readonly engines: { readonly node: string }
}
const pkg = JSON.parse(read('package.json')) as PackageJson

/** A file under dist/ comes from the matching source under src/ (tsconfig.build.json: rootDir src, outDir dist). */
function hasSource(path: string): boolean {
  const built = path.replace(/^\.\//, '')
  if (!built.startsWith('dist/')) return existsSync(join(ROOT, built))
  const stem = built.slice('dist/'.length).replace(/\.(d\.ts|js)$/, '')
  return ['.ts', '.tsx'].some((ext) => existsSync(join(ROOT, 'src', stem + ext)))
}

describe('package.json', () => {
  test('every entry of "files" exists', () => {
    expect(pkg.files.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })

  test('main, types, bin and every export point at a file the repository holds or the build makes', () => {
    const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))]
    expect(targets.length).toBeGreaterThan(4)
    expect(targets.filter((target) => !hasSource(target))).toEqual([])
    // Everything those point at ships.
    const shipped = (target: string) => pkg.files.some((dir) => target.replace(/^\.\//, '').split('/')[0] === dir || target.replace(/^\.\//, '') === dir)
    expect(targets.filter((target) => target !== './package.json' && !shipped(target))).toEqual([])
  })

  test('"engines" names a Node that every runtime dependency accepts, and the bin checks the same version', () => {
    const ours = oldestNode(pkg.engines.node)
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }> }
    const stricter = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.dev !== true && !Array.isArray(entry.engines) && entry.engines?.node !== undefined)
      .filter(([, entry]) => compareVersions(oldestNode((entry.engines as { node: string }).node), ours) > 0)
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} needs ${(entry.engines as { node: string }).node}`)
    expect(stricter).toEqual([])
    const [major, minor] = ours
    const bin = read(pkg.bin['parallax'] ?? '')
    expect(bin).toContain(`(major === ${major} && minor < ${minor})`)
    expect(bin).toContain(`needs Node.js ${major}.${minor} or later`)
    expect(read('README.md')).toContain(`Node ${major}.${minor} or later`)
    expect(read('docs/LIBRARY.md')).toMatch(new RegExp(`Node ${major}\\.${minor} or\\s+later`))
  })
})

// One list of the library's exports (src/index.ts, the package's "."), so a change to the public surface is deliberate.
test('the library exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'AppError',
    'DEFAULT_MAX_BYTES',
    'FRAMING_TECHNIQUES',
    'analyzeArticle',
    'compareCoverage',
    'ingestDocuments',
    'isBlockedAddress',
    'openSqliteStore',
    'openStore',
    'readInputs',
    'renderHtml',
    'renderMarkdown',
    'renderTerminal',
    'storyReport',
  ])
})

type Version = readonly [number, number, number]

/** The oldest version a node engines range accepts: ">=20.19.0" → 20.19.0, "20.x || 22.x" → 20.0.0, "*" → 0.0.0. */
function oldestNode(range: string): Version {
  const oldest = range.split('||').map((alternative): Version => {
    const match = /(\d+)(?:\.(\d+|[x*]))?(?:\.(\d+|[x*]))?/.exec(alternative)
    if (!match) return [0, 0, 0]
    const part = (s: string | undefined) => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s))
    return [Number(match[1]), part(match[2]), part(match[3])]
  })
  return oldest.sort(compareVersions)[0] ?? [0, 0, 0]
}

function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}
