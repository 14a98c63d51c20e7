import type { JSX } from 'hono/jsx/jsx-runtime'
import { visibleControls } from './visible-controls.js'

/**
 * Renders a JSX tree (hono/jsx: every string child and attribute value is escaped) to an HTML string. Control
 * and bidi-override characters anywhere in it become visible codes, so article text can neither drive a viewer
 * nor reorder what a reader sees. Components must be synchronous.
 *
 * @example
 * renderFragment(<p>{'<b>'}</p>) // '<p>&lt;b&gt;</p>'
 */
export function renderFragment(node: JSX.Element): string {
  if (node instanceof Promise) throw new Error('render-document: async components are not supported')
  const html: unknown = node.toString()
  if (typeof html !== 'string') throw new Error('render-document: async components are not supported')
  return visibleControls(html)
}

/** A whole page: the doctype, then {@link renderFragment} of its `<html>` element. */
export function renderDocument(node: JSX.Element): string {
  return `<!doctype html>\n${renderFragment(node)}\n`
}
