import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import { APP_CSS, APP_JS, renderComparePage, renderErrorPage } from '../../src/web/index.js'

// These run without a browser, so a broken script or an inline handler is caught even where chromium is absent.
describe('web assets', () => {
  test('the script is valid JavaScript', () => {
    expect(() => new Function(APP_JS)).not.toThrow()
  })

  test('the stylesheet loads nothing from elsewhere', () => {
    expect(APP_CSS).not.toMatch(/url\(|@import/)
  })

  test.each([
    ['compare page', renderComparePage({ entries: [{ article: '<script>alert(1)</script>', outlet: '"><img src=x onerror=alert(2)>' }], error: '<b>bad</b>' })],
    ['error page', renderErrorPage('<i>x</i>', '<svg onload=alert(3)>')],
  ])('the %s has no inline script, style or handler, and escapes what it echoes', (_name, html) => {
    const { document } = parseHTML(html)
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['/assets/app.js'])
    expect(document.querySelectorAll('style, img, svg, b, i').length).toBe(0)
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name))
    expect(attributes.filter((name) => name === 'style' || name.startsWith('on'))).toEqual([])
    // Echoed markup is escaped, never parsed.
    expect(html.includes('<script>alert(1)</script>')).toBe(false)
  })
})
