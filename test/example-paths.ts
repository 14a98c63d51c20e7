// Where tests find the articles they read. The seed pair ships in examples/ (byte copies of ../shared/seeds, the
// acceptance case), so a bare clone runs every test except those that need ../shared/bench.
import { join } from 'node:path'

export const EXAMPLES_DIR = join(import.meta.dirname, '..', 'examples')
export const UKRAINIAN = '000_ab4b00356de3292d.txt'
export const POLISH = '002_5f50d3ae80105f63.txt'
export const SEED_A = join(EXAMPLES_DIR, UKRAINIAN)
export const SEED_B = join(EXAMPLES_DIR, POLISH)
/** The originals, present beside the repository in CI and in the team's checkouts. */
export const SHARED_SEEDS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'seeds')
