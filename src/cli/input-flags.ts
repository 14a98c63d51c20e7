import type { Command } from 'commander'
import type { ReadOptions } from '../ingest/index.js'

/** Flags every command that reads articles accepts. */
export interface InputFlags {
  readonly outlet?: string[]
  readonly allowPrivate?: boolean
  readonly maxBytes?: string
}

/** Adds --outlet, --allow-private and --max-bytes to a command. */
export function addInputFlags(command: Command): Command {
  return command
    .option('--outlet <name>', 'outlet name of the next input, in order (repeat for each input)', collect, [])
    .option('--allow-private', 'allow fetching loopback and private network addresses (off by default: SSRF guard)')
    .option('--max-bytes <n>', 'largest document accepted, in bytes (default 20 MB)')
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** Turns the flags into reader options; `--outlet` names apply to inputs in order. */
export function readOptionsFrom(flags: InputFlags): ReadOptions & { outlets?: readonly string[] } {
  const maxBytes = flags.maxBytes === undefined ? undefined : Number(flags.maxBytes)
  return {
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(maxBytes !== undefined && Number.isFinite(maxBytes) && maxBytes > 0 ? { maxBytes } : {}),
    ...(flags.outlet && flags.outlet.length > 0 ? { outlets: flags.outlet } : {}),
    log: (line: string) => process.stderr.write(`${line}\n`),
  }
}
