#!/usr/bin/env node
import { existsSync } from 'node:fs'

// Checked before the CLI is loaded: package.json's engines, the oldest Node every runtime dependency accepts
// (linkedom's HTML parser packages ask for 20.19, undici for 20.18.1; the JSON import attributes for 20.10).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`parallax: needs Node.js 20.19 or later (this is ${process.version})\n`)
  process.exit(1)
}
// The CLI bundled by `npm run build` (scripts/build/bundle-cli.ts: a few files instead of ~200 modules, issue 19's
// cold start); tsc's modules one by one when a build stopped short of the bundle.
const bundle = new URL('../dist/cli-bundle/main.js', import.meta.url)
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js')
process.exitCode = await main(process.argv.slice(2))
