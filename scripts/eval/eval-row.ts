/** One line of the evaluation table: a metric measured on dev data, with the published figure beside it when one exists. */
export interface EvalRow {
  /** Task and data set, e.g. "quotes (PolNeAR dev)". */
  task: string
  metric: string
  /** Our figure, 0–1 for rates (printed as a percentage), raw for counts. */
  value: number
  /** The published figure as printed in the bench README ("0.804 macro-F1"), when one exists. */
  published?: string
  note?: string
}

/** Options every `evaluate*` function accepts; all optional so a bare call runs the default evaluation. */
export interface EvalOptions {
  /** Evaluate at most this many documents (quick runs); absent = the script's default. */
  limit?: number
}
