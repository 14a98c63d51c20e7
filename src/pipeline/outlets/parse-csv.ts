/** One CSV record and the line it starts on (1-based). */
export interface CsvRow {
  readonly line: number
  readonly cells: readonly string[]
}

/**
 * Reads RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks and "" for a quote.
 * Blank lines are skipped. Small enough not to need a dependency for a registry of a few hundred outlets.
 *
 * @example parseCsv('name,lean\n"Post, The",left\n') // [{ line: 1, cells: ['name', 'lean'] }, { line: 2, cells: ['Post, The', 'left'] }]
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let isQuoted = false
  const input = text.replace(/^\uFEFF/, '')
  const endRow = (): void => {
    cells.push(cell)
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!
    if (isQuoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') isQuoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = ''
      isQuoted = true
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}
