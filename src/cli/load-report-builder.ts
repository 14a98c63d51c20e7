import type { buildReport } from './build-report.js'

/**
 * `buildReport`, imported when a command runs (help and usage errors load none of the pipeline), with the models'
 * data files already being read in the background while the pipeline's code loads (prefetch-models.ts).
 */
export async function loadReportBuilder(): Promise<typeof buildReport> {
  const { prefetchModels } = await import('../pipeline/prefetch-models.js')
  void prefetchModels()
  return (await import('./build-report.js')).buildReport
}
