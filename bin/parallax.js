#!/usr/bin/env node
// Checked before the CLI is loaded: older Node fails on the JSON import attributes with a bare SyntaxError.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 10)) {
  process.stderr.write(`parallax: needs Node.js 20.10 or later (this is ${process.version})\n`)
  process.exit(1)
}
const { main } = await import('../dist/cli/main.js')
process.exitCode = await main(process.argv.slice(2))
