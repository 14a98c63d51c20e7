import { GROUP_BAR_STYLE } from './group-bar-style.js'

/** The report page's only stylesheet; its SHA-256 goes into the Content-Security-Policy. */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 90rem; padding: 1.5rem; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { margin: 0 0 .25rem; font-size: 1.1rem; }
nav a { margin-right: 1rem; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
a.cite { text-decoration: none; font-size: .85em; font-weight: 600; }
.single { font-size: .8rem; background: #fff4d6; border: 1px solid #e8c66a; border-radius: 3px; padding: 0 .3em; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1.5rem; align-items: start; }
article { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; font-family: Georgia, serif; }
[id] { scroll-margin-top: 2rem; }
.hl { position: relative; border-radius: 2px; }
.hl:focus { outline: 2px solid var(--ink); }
.hl:focus::after, .hl:hover::after { content: attr(data-note); position: absolute; left: 0; top: 100%; z-index: 2; width: max-content; max-width: 24rem; white-space: pre-line; padding: .3rem .5rem; border-radius: 4px; background: #222; color: #fff; font: 13px/1.4 system-ui, sans-serif; }
.m-fact { text-decoration: underline 2px #2e8540; text-underline-offset: 3px; }
.m-fact-partial { text-decoration: underline dashed 2px #c77700; text-underline-offset: 3px; }
.m-quote { background: #e6efff; }
.m-diff { outline: 1px solid #6f42c1; }
.m-conflict { outline: 2px solid #c62828; }
.m-frame { background: #ffd9d9; border-bottom: 2px solid #c62828; }
.m-cite { box-shadow: inset 0 -1px 0 #999; }
.legend span { margin-right: 1rem; padding: 0 .3em; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
.conflict { color: #c62828; font-weight: 700; }
.consistent { color: #2e8540; }
.renderings { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin-bottom: 1.5rem; }
blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid var(--line); font-family: Georgia, serif; }
mark.changed { background: #fff0a8; }
.unmarked { color: #8a5300; }
details { margin: .5rem 0; font-size: .9rem; }
.scroll { overflow-x: auto; max-width: 100%; }
.labels { margin: 0; padding-left: 1.1rem; }
.entity-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: .75rem; }
.entity { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.entity h3 { margin: 0; }
.headline-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 1rem; align-items: stretch; }
.headline { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.headline-text { margin: .25rem 0 .5rem; font: 600 1.15rem/1.35 Georgia, serif; overflow-wrap: anywhere; unicode-bidi: isolate; }
.lang-tag { font: 600 .8rem/1 ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: .1em .3em; text-transform: uppercase; }
${GROUP_BAR_STYLE}`
