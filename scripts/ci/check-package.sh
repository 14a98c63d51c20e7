#!/usr/bin/env bash
# The package as a user gets it from npm: pack it, install the tarball into an empty project, run the bin, import
# the library from JavaScript, and typecheck an import from TypeScript against the shipped .d.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work="$(mktemp -d /tmp/parallax-pack.XXXXXX)"
trap 'rm -rf "$work"' EXIT

tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) kB)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "./$tarball" >/dev/null

# The bin runs the bundled CLI (npm run build's second step); without it, it would fall back to dist/cli/ quietly.
test -f node_modules/parallax-news/dist/cli-bundle/main.js || { echo "the package has no dist/cli-bundle/main.js"; exit 1; }

version="$(npx --no-install parallax --version)"
test "$version" = "$(node -p "require('$root/package.json').version")" || { echo "--version printed '$version'"; exit 1; }

examples=(node_modules/parallax-news/examples/*.txt)
npx --no-install parallax compare "${examples[@]}" --json > report.json
node -e "const r = JSON.parse(require('fs').readFileSync('report.json', 'utf8')); if (r.articles.length !== 2 || r.facts.length === 0) { console.error('unexpected report', r.articles.length, r.facts.length); process.exit(1) }"

cat > use.mjs <<'JS'
import { readFileSync } from 'node:fs'
import { analyzeArticle, compareCoverage, renderMarkdown } from 'parallax-news'
const dir = 'node_modules/parallax-news/examples/'
const analyzed = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((name, i) =>
  analyzeArticle({ source: dir + name, format: 'text', content: readFileSync(dir + name, 'utf8') }, { id: `a${i + 1}` }))
if (analyzed.some((a) => 'kind' in a)) throw new Error('an example was skipped')
const markdown = renderMarkdown(compareCoverage(analyzed))
if (!markdown.includes('Lukashenko')) throw new Error('the Markdown report does not name Lukashenko')
JS
node use.mjs

cat > use.ts <<'TS'
import { compareCoverage, type AnalyzedArticle, type CoverageReport } from 'parallax-news'
export const compare = (articles: readonly AnalyzedArticle[]): CoverageReport => compareCoverage(articles)
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true, "types": [], "skipLibCheck": false }, "files": ["use.ts"] }
JSON
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "package ok: bin, JavaScript import and TypeScript types"
