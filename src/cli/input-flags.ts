import type { Command } from 'commander'
import { InvalidArgumentError } from './commander.js'
import type { ReadOptions } from '../ingest/index.js'

/** Flags every command that reads articles accepts. */
export interface InputFlags {
  readonly outlet?: string[]
  readonly allowPrivate?: boolean
  readonly maxBytes?: number
}

/** Adds --outlet, --allow-private and --max-bytes to a command. */
export function addInputFlags(command: Command): Command {
  return command
    .option('--outlet <name>', 'outlet name of the next input, in order (repeat for each input)', collect, [])
    .option('--allow-private', 'allow fetching loopback and private network addresses (off by default: SSRF guard)')
    .option('--max-bytes <n>', 'largest document accepted, in bytes (default 20 MB)', parseByteCount)
}

/** A typo here must not silently fall back to the default limit: it is a usage error (exit 2). */
function parseByteCount(value: string): number {
  const count = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count) || count <= 0) {
    throw new InvalidArgumentError('expected a whole number of bytes greater than 0, e.g. 50000000')
  }
  return count
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** Turns the flags into reader options; `--outlet` names apply to inputs in order. */
export function readOptionsFrom(flags: InputFlags): ReadOptions & { outlets?: readonly string[] } {
  return {
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.maxBytes !== undefined ? { maxBytes: flags.maxBytes } : {}),
    ...(flags.outlet && flags.outlet.length > 0 ? { outlets: flags.outlet } : {}),
    log: (line: string) => process.stderr.write(`${line}\n`),
  }
}
