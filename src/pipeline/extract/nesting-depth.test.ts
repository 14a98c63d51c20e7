import { expect, test } from 'vitest'
import { nestsDeeperThan } from './nesting-depth.js'

test.each([
  ['<div>'.repeat(10), 9, true],
  ['<div>'.repeat(10), 10, false],
  ['<div></div>'.repeat(1000), 1, false],
  // unclosed <p>/<li> and void elements do not deepen the tree
  ['<div>' + '<p>text'.repeat(500) + '<br><img src=x>'.repeat(500), 1, false],
  // tags inside scripts are text
  ['<div><script>for (;;) { s += "<div><div><div>" }</script></div>', 1, false],
  ['<span/><span/><div/>', 0, false],
  // unclosed inline tags end with the element around them
  ['<div><font><b>x</div>'.repeat(300), 3, false],
  ['<div><font><b>x</div>', 2, true],
])('%#: deeper than %i → %s', (html, limit, deeper) => {
  expect(nestsDeeperThan(html, limit)).toBe(deeper)
})
