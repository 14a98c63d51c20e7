/** Entry point of the `parallax` command. Returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.write(`parallax: not built yet (${argv.join(' ')})\n`)
  return 0
}
