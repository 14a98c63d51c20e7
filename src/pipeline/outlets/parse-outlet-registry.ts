import { createRequire } from 'node:module'
import type { Document } from 'yaml'
import type * as Yaml from 'yaml'
import type { z } from 'zod'
import { AppError, type Outlet, type OutletRegistry } from '../../model/index.js'
import { foldName } from '../text/index.js'
import { parseCsv } from './parse-csv.js'
import { outletSchemas, toOutlet } from './outlet-schema.js'

// The YAML parser loads with the first registry read, not with the pipeline that resolves outlets.
const yaml = (): typeof Yaml => createRequire(import.meta.url)('yaml') as typeof Yaml

/** Columns of a CSV registry that are outlet fields; every other column is a group kind ("lean", "state media"). */
const CSV_FIELDS = ['name', 'domains', 'aliases', 'country', 'language', 'owner'] as const

/**
 * Parses an outlet registry (docs/OUTLETS.md): YAML (`outlets:` and a list), or CSV when `file` ends in ".csv".
 * Every problem is reported at once, each as "FILE:LINE: outlet "NAME", FIELD: message", in one AppError
 * ('invalid_input'). Two outlets may not claim one domain or one name.
 *
 * @example parseOutletRegistry('outlets:\n  - name: Kyiv Post\n    domains: kyivpost.com\n', 'outlets.yaml')
 */
export function parseOutletRegistry(text: string, file: string): OutletRegistry {
  const entries = /\.csv$/i.test(file) ? readCsv(text) : readYaml(text)
  const problems: string[] = []
  const outlets: { outlet: Outlet; line: number }[] = []
  for (const entry of entries.problems) problems.push(`${file}:${entry.line}: ${entry.message}`)
  for (const entry of entries.outlets) {
    const parsed = outletSchemas().rawOutletSchema.safeParse(entry.value)
    if (parsed.success) outlets.push({ outlet: toOutlet(parsed.data), line: entry.line })
    else for (const issue of parsed.error.issues) problems.push(`${file}:${entry.lineOf(issue)}: ${describe(entry, issue)}`)
  }
  problems.push(...duplicates(outlets).map(({ line, message }) => `${file}:${line}: ${message}`))
  if (problems.length > 0) {
    throw new AppError('invalid_input', `outlet registry ${file} is not valid:\n  ${problems.join('\n  ')}\n(see docs/OUTLETS.md)`)
  }
  return { outlets: outlets.map((o) => o.outlet), source: file }
}

/** One outlet entry as written, with the way to find the line of a field. */
interface Entry {
  readonly value: unknown
  readonly line: number
  /** Line of the field an issue is about (the entry's own line when the field is missing). */
  readonly lineOf: (issue: z.core.$ZodIssue) => number
  /** How the field is named in messages: "domains[1]" in YAML, `column "domains"` in CSV. */
  readonly fieldName: (path: readonly PropertyKey[]) => string
}

interface Entries {
  readonly outlets: readonly Entry[]
  readonly problems: readonly { line: number; message: string }[]
}

function describe(entry: Entry, issue: z.core.$ZodIssue): string {
  const name = nameOf(entry.value)
  const who = name === undefined ? 'outlet' : `outlet "${name}"`
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
  if (keys.length > 0) {
    const where = issue.path.length > 0 ? ` in ${entry.fieldName(issue.path)}` : ''
    return `${who}: unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}${where} (fields: ${CSV_FIELDS.join(', ')}, groups)`
  }
  const field = issue.path.length > 0 ? entry.fieldName(issue.path) : 'entry'
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message
  return `${who}, ${field}: ${message}`
}

function nameOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const name = (value as Record<string, unknown>)['name']
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined
}

function readYaml(text: string): Entries {
  const { LineCounter, parseDocument } = yaml()
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number): number => lines.linePos(offset).line
  if (document.errors.length > 0) {
    return { outlets: [], problems: document.errors.map((e) => ({ line: lineAt(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` })) }
  }
  const top = outletSchemas().rawRegistrySchema.safeParse(document.toJS())
  if (!top.success) {
    const unknown = top.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : []))
    const expected = 'expected "outlets:" followed by a list of outlets'
    const message = unknown.length > 0 ? `unknown top-level field ${unknown.map((k) => `"${k}"`).join(', ')} (${expected})` : expected
    return { outlets: [], problems: [{ line: 1, message }] }
  }
  const outlets = top.data.outlets.map((value, index): Entry => {
    const lineOfPath = (path: readonly PropertyKey[]): number => yamlLine(document, ['outlets', index, ...path], lineAt)
    return {
      value,
      line: lineOfPath([]),
      lineOf: (issue) => lineOfPath(issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path),
      fieldName: (path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join(''),
    }
  })
  return { outlets, problems: [] }
}

/** Line of the node at `path`, or of the nearest enclosing node that exists (a missing field: its outlet). */
function yamlLine(document: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number {
  const { isMap, isScalar } = yaml()
  for (let depth = path.length; depth >= 0; depth--) {
    const head = path.slice(0, depth)
    const node = document.getIn(head, true)
    const last = path[depth]
    // An unknown key has no value node to point at through getIn's key lookup in every case: find the pair itself.
    if (depth < path.length && isMap(node) && typeof last === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === last)
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range
      if (range) return lineAt(range[0])
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range
    if (range) return lineAt(range[0])
  }
  return 1
}

function readCsv(text: string): Entries {
  const rows = parseCsv(text)
  const header = rows[0]
  if (!header) return { outlets: [], problems: [{ line: 1, message: 'empty file: expected a header row such as "name,domains,country,lean"' }] }
  const columns = header.cells.map((c) => c.trim())
  const problems: { line: number; message: string }[] = []
  columns.forEach((c, i) => {
    if (c === '') problems.push({ line: header.line, message: `column ${i + 1} has no name in the header row` })
  })
  if (!columns.includes('name')) problems.push({ line: header.line, message: 'the header row has no "name" column' })
  if (problems.length > 0) return { outlets: [], problems }
  const outlets = rows.slice(1).map((row): Entry => {
    const value: Record<string, unknown> = {}
    const groups: Record<string, string> = {}
    for (const [i, column] of columns.entries()) {
      const cell = (row.cells[i] ?? '').trim()
      if (cell === '') continue
      if (column === 'domains' || column === 'aliases') value[column] = cell.split(';').map((v) => v.trim()).filter((v) => v !== '')
      else if ((CSV_FIELDS as readonly string[]).includes(column)) value[column] = cell
      else groups[column] = cell
    }
    if (Object.keys(groups).length > 0) value['groups'] = groups
    return {
      value,
      line: row.line,
      lineOf: () => row.line,
      fieldName: (path) => (path[0] === 'groups' && path[1] !== undefined ? `column "${String(path[1])}"` : `column "${String(path[0])}"`),
    }
  })
  return { outlets: outlets.filter((o) => Object.keys(o.value as object).length > 0), problems: [] }
}

/** Two outlets claiming one domain or one name would make resolution depend on file order: refuse both. */
function duplicates(outlets: readonly { outlet: Outlet; line: number }[]): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = []
  const domains = new Map<string, { name: string; line: number }>()
  const names = new Map<string, { name: string; line: number }>()
  for (const { outlet, line } of outlets) {
    for (const domain of new Set(outlet.domains)) {
      const first = domains.get(domain)
      if (first) problems.push({ line, message: `outlet "${outlet.name}": domain ${domain} is also claimed by "${first.name}" (line ${first.line})` })
      else domains.set(domain, { name: outlet.name, line })
    }
    for (const key of new Set([outlet.name, ...outlet.aliases].map(foldName))) {
      const first = names.get(key)
      if (first) problems.push({ line, message: `outlet "${outlet.name}": the name "${key}" is also used by "${first.name}" (line ${first.line})` })
      else names.set(key, { name: outlet.name, line })
    }
  }
  return problems
}
