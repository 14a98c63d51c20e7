import type { Command } from 'commander'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'
import { addBriefWordsFlag, parseBriefWords } from '../brief-words-flag.js'

interface ShowFlags {
  readonly db?: string
  readonly json?: boolean
  readonly md?: string | boolean
  readonly html?: string | boolean
  readonly color?: boolean
  readonly outlets?: string
  readonly briefWords?: string
}

/** `parallax show STORY`: the comparison report (as `parallax compare`) of one stored story. */
export function register(program: Command): void {
  const command = program
    .command('show')
    .description('the comparison report of one stored story')
    .argument('<story>', 'story id (or a unique prefix) from `parallax stories`')
    .option('--json', 'print the JSON report (schema/report.schema.json)')
    .option('--md [file]', 'Markdown report to FILE, or to stdout')
    .option('--html [file]', 'self-contained HTML report to FILE, or to stdout')
    .option('--no-color', 'plain terminal output')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
    .option('--outlets <file>', OUTLETS_HELP)
  addBriefWordsFlag(command).action(async (storyId: string, flags: ShowFlags) => {
    const briefWords = parseBriefWords(flags.briefWords)
    const outletRegistry = await loadOutletRegistry(flags.outlets)
    // The store, the corpus and the renderers load when the command runs, not when it is registered.
    const [{ storyReport }, { emitReport }, { openExistingStore }] = await Promise.all([import('../../corpus/index.js'), import('../emit-report.js'), import('../open-existing-store.js')])
    const store = await openExistingStore(flags.db)
    try {
      const report = await storyReport(store, storyId, { ...(outletRegistry ? { outletRegistry } : {}), ...(briefWords ? { briefWords } : {}) })
      await emitReport(report, {
        ...(flags.json ? { json: true } : {}),
        ...(flags.md === undefined ? {} : { md: flags.md === true ? '-' : String(flags.md) }),
        ...(flags.html === undefined ? {} : { html: flags.html === true ? '-' : String(flags.html) }),
        ...(flags.color === false ? { color: false } : {}),
      })
    } finally {
      await store.close()
    }
  })
}
