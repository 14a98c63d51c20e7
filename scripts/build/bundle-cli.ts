/**
 * Bundles the compiled CLI (dist/cli/main.js and everything it imports from dist/, as tsc wrote it) into
 * dist/cli-bundle/: main.js plus one chunk per part loaded lazily (each command, each reader, each model), so a
 * fresh process loads a few files instead of ~200 ES modules one by one (issue 19's cold start; measured in
 * bench/RESULTS.md, "compare-cold-start"). bin/parallax.js runs dist/cli-bundle/main.js.
 *
 * The bundle is the same code as dist/, not a second build of src/: its input is tsc's output. Packages in
 * node_modules stay outside it (imported or required at run time, as from dist/). Every `import.meta.url` in a
 * bundled module is rewritten to the URL of that module's file in dist/, so whatever a module reads beside itself
 * (the compact weights, the lexicon files, package.json, the worker threads' module, `createRequire`) is found
 * exactly where dist/ has it, from a checkout and from the installed package alike. JSON modules imported with
 * `with { type: 'json' }` stay JSON files in dist/ too (imported from there, parsed by Node's JSON parser, and
 * only by the chunk that needs them).
 *
 * It first writes into dist/ the data files tsc does not: the .bin files under src/ (the framing models' weight
 * tables) and the .prepared.json ones (the gazetteer's tables), copied, and wink's core model prepared and its lemma exception tables as lines
 * (src/pipeline/segment/wink-english-model.ts: prepareCoreModel, lemmaExceptionsJson), so that
 * dist/ is complete whichever way it is built.
 *
 * Run by `npm run build` after tsc: npx tsx scripts/build/bundle-cli.ts [DIST]   (DIST defaults to ./dist)
 */
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { LEMMA_EXCEPTIONS_FILE, lemmaExceptionsJson, prepareCoreModel, PREPARED_MODEL_FILE } from '../../src/pipeline/segment/wink-english-model.js'

/** The bundle's folder inside dist/. */
export const BUNDLE_DIR = 'cli-bundle'

/** Bundles `<dist>/cli/main.js` into `<dist>/cli-bundle/`; `dist` must hold tsc's output. */
export async function bundleCli(dist: string): Promise<void> {
  const root = resolve(dist)
  const outdir = join(root, BUNDLE_DIR)
  const entry = join(root, 'cli', 'main.js')
  if (!existsSync(entry)) throw new Error(`bundle-cli: ${entry} is missing (run tsc first)`)
  copyDataFiles(SRC, root)
  writeFileSync(join(root, 'pipeline', 'segment', LEMMA_EXCEPTIONS_FILE), lemmaExceptionsJson())
  writeFileSync(join(root, 'pipeline', 'segment', PREPARED_MODEL_FILE), prepareCoreModel())
  rmSync(outdir, { recursive: true, force: true })
  /** The path of `file` as a relative URL from the bundle's folder, where every chunk lies. */
  const fromBundle = (file: string): string => relative(outdir, file).split(sep).join('/')
  const result = await build({
    entryPoints: { main: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // A language level, not 'node20': for node targets esbuild rewrites every /\p{…}/u literal as `new RegExp(…)`, built
    // again on each call in hot loops; tsc's dist/ keeps them as literals.
    target: 'es2023',
    packages: 'external',
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    plugins: [
      {
        name: 'parallax-dist',
        setup(b) {
          // JSON modules: imported from dist/ at run time, not inlined as JavaScript object literals.
          b.onResolve({ filter: /\.json$/ }, (args) => {
            if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined
            const file = resolve(args.resolveDir, args.path)
            if (!file.startsWith(root + sep)) return undefined
            return { path: `./${fromBundle(file)}`, external: true }
          })
          b.onLoad({ filter: /\.js$/ }, async (args) => {
            if (!args.path.startsWith(root + sep)) return undefined
            const source = await readFile(args.path, 'utf8')
            if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' }
            const url = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`
            return { contents: source.replaceAll('import.meta.url', url), loader: 'js', resolveDir: dirname(args.path) }
          })
        },
      },
    ],
  })
  mkdirSync(outdir, { recursive: true })
  // esbuild writes an external import without its attributes; Node needs `with { type: 'json' }` back.
  for (const file of result.outputFiles) writeFileSync(file.path, file.text.replace(JSON_IMPORT, '$1 with { type: "json" }'))
}

/** The sources, beside this script in a checkout and in the Docker build stage alike. */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

/** Copies every `.bin` file under `src` to the same place under `dist` (tsc copies only the JSON it imports). */
function copyDataFiles(src: string, dist: string): void {
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !(entry.name.endsWith('.bin') || entry.name.endsWith('.prepared.json'))) continue
    const from = join(entry.parentPath, entry.name)
    const to = join(dist, relative(src, from))
    mkdirSync(dirname(to), { recursive: true })
    copyFileSync(from, to)
  }
}

/** An import of a JSON module outside the bundle, as esbuild writes it (static or dynamic). */
const JSON_IMPORT = /(\bfrom "\.\/[^"]*\.json")/g

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleCli(process.argv[2] ?? 'dist')
