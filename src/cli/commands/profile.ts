import type { Command } from 'commander'
import { AppError } from '../../model/index.js'
import type { ProfileArticle } from '../../pipeline/framing/index.js'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'

interface ProfileFlags {
  readonly db?: string
  readonly since?: string
  readonly period?: string
  readonly json?: boolean
  readonly outlets?: string
}

// Profiles read every stored story; 100,000 is "all" for a newsroom corpus and still bounds a runaway query.
const MAX_STORIES = 100_000

/** `parallax profile`: each outlet's framing over the stored corpus: its score as the report measures it, rate per 1,000 words per technique, top phrases, trend. */
export function register(program: Command): void {
  program
    .command('profile')
    .description("each outlet's framing over the stored corpus, most framing first: score (the report's measure), techniques per 1,000 words, top phrases, trend")
    .option('--since <age>', 'only stories seen since: 2d, 12h, 30m, or an ISO date')
    .option('--period <month|year>', 'trend period', 'month')
    .option('--json', 'JSON array of outlet profiles')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
    .option('--outlets <file>', `${OUTLETS_HELP}: outlets profiled under its display names, aliases merged`)
    .action(async (flags: ProfileFlags) => {
      if (flags.period !== 'month' && flags.period !== 'year') throw new AppError('invalid_input', `--period must be month or year, got "${flags.period}"`)
      const registry = await loadOutletRegistry(flags.outlets)
      // The store, the corpus and the pipeline load when the command runs, not when it is registered.
      const [{ framingDetector }, { profileOutlets }, { analyseStored, parseSince }, { openExistingStore }, { outletDisplayName }] = await Promise.all([
        import('../../pipeline/index.js'),
        import('../../pipeline/framing/index.js'),
        import('../../corpus/index.js'),
        import('../open-existing-store.js'),
        import('../../pipeline/outlets/index.js'),
      ])
      const store = await openExistingStore(flags.db)
      const articles: ProfileArticle[] = []
      try {
        const since = flags.since === undefined ? {} : { since: parseSince(flags.since, new Date()) }
        for (const summary of await store.listStories({ ...since, limit: MAX_STORIES })) {
          const story = await store.getStory(summary.storyId)
          for (const a of story?.articles ?? []) {
            // The report's own analysis (cached in the store), so the profile measures framing as the report does:
            // same spans, same voices, same calibrated confidences.
            const analysed = await analyseStored(store, a)
            if ('kind' in analysed) continue
            // A stored title is a headline when it was stored with a headline score (not cut from the lead).
            const headline = a.headlineScore === null ? {} : { headlineSpans: framingDetector(a.language)(a.title) }
            // With the registry, an outlet is profiled under its display name, aliases and hosts merged (read now,
            // as `stories` and `show` read it: an edit to the registry shows without re-ingesting).
            articles.push({ outlet: outletDisplayName(registry, a.outlet, a.url), ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}), text: analysed.article.text, spans: analysed.framing, ...headline })
          }
        }
      } finally {
        await store.close()
      }
      const profiles = profileOutlets(articles, { period: flags.period })
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(profiles, null, 2)}\n`)
        return
      }
      // Most framing first, by the report's measure (own voice, calibrated confidence per 100 words).
      for (const p of [...profiles].sort((a, b) => b.score - a.score || a.outlet.localeCompare(b.outlet))) {
        const quoted = p.quotedSpans > 0 ? ` (own voice; ${p.quotedSpans} more in words it quotes, not counted)` : ''
        process.stdout.write(`${p.outlet}  score ${p.score.toFixed(2)} · ${p.articles} articles · ${p.words} words · ${p.ratePer1000Words} framing spans per 1,000 words${quoted}\n`)
        for (const t of p.techniques.slice(0, 6)) {
          const phrases = t.topPhrases.map((x) => `“${x.text}” ×${x.count}`).join(', ')
          process.stdout.write(`    ${t.technique.padEnd(26)} ${String(t.ratePer1000Words).padStart(6)}  ${phrases}\n`)
        }
        const h = p.headlines
        if (h.headlines > 0) {
          const phrases = h.techniques.flatMap((t) => t.topPhrases.map((x) => `“${x.text}” ×${x.count}`)).slice(0, 5).join(', ')
          process.stdout.write(`    headlines: ${h.loaded} of ${h.headlines} with framing, ${h.spans} spans${phrases === '' ? '' : `: ${phrases}`}\n`)
        }
        if (p.periods.length > 1) process.stdout.write(`    trend (score): ${p.periods.map((x) => `${x.period} ${x.score.toFixed(2)}`).join(' · ')}\n`)
      }
    })
}
