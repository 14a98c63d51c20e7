import { createRequire } from 'node:module'
import type * as Commander from 'commander'

// commander loaded as the CommonJS module it is: its ES module entry (esm.mjs) makes Node scan the CommonJS source
// for named exports on every start, 11 of the 27 ms that importing it took from a cold `parallax compare` (issue 19).
const commander = createRequire(import.meta.url)('commander') as typeof Commander

export const { Command, CommanderError, InvalidArgumentError } = commander
