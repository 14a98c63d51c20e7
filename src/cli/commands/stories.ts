import type { Command } from 'commander'
import type { Store } from '../../store/index.js'
import { OUTLETS_HELP } from '../load-outlet-registry.js'

const DB_HELP = 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)'

/** `parallax stories` and its corrections; the store and the corpus load when one of them runs (run-stories.ts). */
export function register(program: Command): void {
  const stories = program
    .command('stories')
    .description('List stored stories, newest first; subcommands correct the grouping')
    .option('--since <age>', 'only stories seen since: 2d, 12h, 30m, 1w or an ISO date')
    .option('--query <words>', 'only stories whose articles contain all these words (any script, any accents)')
    .option('--limit <n>', 'at most n stories, newest first (default 100; a note on stderr says when more match)', '100')
    .option('--after <cursor>', 'the next page: the stories after the cursor the note of the page before gives (as the API\'s "next")')
    .option('--json', 'JSON array instead of a table')
    .option('--db <path>', DB_HELP)
    .option('--blindspots [kind]', 'only stories covered by one value of a group kind of the outlet registry (of KIND, or of any kind); --limit applies after')
    .option('--outlets <file>', OUTLETS_HELP)
    .action(async (opts: StoriesFlags) => {
      await (await import('./run-stories.js')).listStories(opts)
    })

  stories
    .command('merge')
    .description('Merge stories into the first one; survives later regrouping')
    .argument('<story...>', 'story ids (or unique prefixes), at least two')
    .option('--db <path>', DB_HELP)
    .action(async (ids: string[], _opts: unknown, command: Command) => {
      await (await import('./run-stories.js')).mergeStories(ids, dbOf(command))
    })

  stories
    .command('split')
    .description('Move articles out of a story into a new one; survives later regrouping')
    .argument('<story>', 'story id (or unique prefix)')
    .argument('<article...>', 'ids of the articles to move out')
    .option('--db <path>', DB_HELP)
    .action(async (id: string, articleIds: string[], _opts: unknown, command: Command) => {
      await (await import('./run-stories.js')).splitStory(id, articleIds, dbOf(command))
    })

  stories
    .command('regroup')
    .description('Recompute every story from scratch, then replay merges and splits')
    .option('--db <path>', DB_HELP)
    .action(async (_opts: unknown, command: Command) => {
      await (await import('./run-stories.js')).regroupStories(dbOf(command))
    })
}

export interface StoriesFlags {
  readonly since?: string
  readonly query?: string
  readonly limit: string
  readonly after?: string
  readonly json?: boolean
  readonly db?: string
  readonly outlets?: string
  readonly blindspots?: string | true
}

/**
 * `--db` as given to the subcommand or to `stories` itself: commander lets the parent's option consume a `--db` that
 * follows the subcommand too (`stories regroup --db X`), so the subcommand's own value alone is not enough.
 */
function dbOf(command: Command): string | undefined {
  return (command.optsWithGlobals() as { db?: string }).db
}

/** `parallax stories regroup`: see regroupCorpus. Returns how many articles moved. */
export async function regroup(store: Store): Promise<number> {
  return (await import('./run-stories.js')).regroup(store)
}
