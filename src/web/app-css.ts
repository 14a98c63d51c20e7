import { GROUP_BAR_STYLE } from '../report/index.js'

/** The UI's one stylesheet, served as /assets/app.css (the CSP forbids inline styles). Phone first: one column under 48rem. */
export const APP_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5f66; --line: #d9d9de; --accent: #0b57d0; --bg: #fff; --soft: #f6f7f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 96rem; margin: 0 auto; padding: 1rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 0; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding: .75rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.top .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
.top nav a { margin-right: 1rem; }
.top nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
h1 { font-size: 1.5rem; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; font-size: 1.25rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; overflow-wrap: anywhere; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.toc { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: 1rem 0; }
.search label { display: flex; flex-direction: column; font-size: .9rem; }
input, select, textarea, button { font: inherit; }
input, select, textarea { border: 1px solid #8a8f98; border-radius: 4px; padding: .4rem .5rem; max-width: 100%; }
button { border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; padding: .45rem 1rem; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
.stories { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.story { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; justify-content: space-between; }
.story-main { flex: 1 1 20rem; min-width: 0; }
.story h2 { margin: 0; border: 0; padding: 0; font-size: 1.1rem; overflow-wrap: anywhere; }
.story p { margin: .35rem 0; }
.outlets, .members { overflow-wrap: anywhere; }
.members { list-style: none; padding: 0; margin: .25rem 0 0; }
.members time { font-variant-numeric: tabular-nums; }
.coverage { margin: 0; align-self: center; text-align: center; }
.counts { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .9rem; }
.badge { display: inline-block; border-radius: 999px; background: var(--soft); border: 1px solid var(--line); padding: 0 .5rem; }
.timeline rect { fill: #4a7bd0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 1rem; align-items: start; }
.article { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; min-width: 0; }
.article h3 { margin-top: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; font-family: Georgia, "Times New Roman", serif; line-height: 1.6; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
[id] { scroll-margin-top: 4rem; }
.hl { border-radius: 2px; cursor: help; }
.m-fact { text-decoration: underline 2px #2e8540; text-underline-offset: 3px; }
.m-fact-partial { text-decoration: underline dashed 2px #b36200; text-underline-offset: 3px; }
.m-quote { background: #e3ecff; }
.m-diff { outline: 1px solid #6f42c1; }
.m-conflict { outline: 2px solid #c62828; }
.m-frame { background: #ffd6d6; border-bottom: 2px solid #c62828; }
.m-cite { box-shadow: inset 0 -1px 0 #888; }
.flash { animation: flash 2s ease-out; }
@keyframes flash { 0%, 40% { background: #ffe066; } }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
.legend span { padding: 0 .3em; }
html:not(.js) .hl { position: relative; }
html:not(.js) .hl:focus::after, html:not(.js) .hl:hover::after { content: attr(data-note); position: absolute; left: 0; top: 100%; z-index: 2; width: max-content; max-width: min(24rem, 80vw); white-space: pre-line; padding: .3rem .5rem; border-radius: 4px; background: #222; color: #fff; font: 13px/1.4 system-ui, sans-serif; }
#tip { position: absolute; z-index: 20; max-width: min(26rem, calc(100vw - 1rem)); white-space: pre-line; padding: .4rem .6rem; border-radius: 4px; background: #1d1d1f; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
#tip[hidden] { display: none; }
.single { font-size: .8rem; background: #fff4d6; border: 1px solid #e8c66a; border-radius: 3px; padding: 0 .3em; }
a.cite { text-decoration: none; font-weight: 600; font-size: .9em; padding: 0 .1em; }
.conflict { color: #c62828; font-weight: 700; }
.consistent { color: #2e8540; font-weight: 600; }
.renderings { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: .75rem; margin-bottom: 1rem; }
blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid var(--line); font-family: Georgia, serif; overflow-wrap: anywhere; }
mark.changed { background: #fff0a0; }
.unmarked { color: #8a5300; }
.labels { margin: 0; padding-left: 1.1rem; }
.entity-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: .75rem; }
.entity { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.entity h3 { margin: 0; }
form.compare fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .75rem; padding: .5rem .75rem; }
form.compare label { display: block; font-size: .9rem; margin-top: .25rem; }
form.compare textarea { width: 100%; min-height: 8rem; }
form.compare input[type="text"] { width: min(100%, 20rem); }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; }
.error { border: 1px solid #c62828; background: #fdecea; border-radius: 6px; padding: .5rem .75rem; }
details { margin: .5rem 0; font-size: .9rem; }
.headline-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: .75rem; align-items: stretch; }
.headline { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; min-width: 0; }
.headline h3 { margin-top: 0; }
.headline-text { margin: .25rem 0 .5rem; font: 600 1.15rem/1.35 Georgia, "Times New Roman", serif; overflow-wrap: anywhere; unicode-bidi: isolate; }
.lang-tag { font: 600 .8rem/1 ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: .1em .3em; text-transform: uppercase; }
.story-groups { margin: .35rem 0; display: grid; gap: .2rem; }
.story-group { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; font-size: .85rem; }
.story-group .kind { min-width: 4rem; color: var(--muted); }
.story-group .bar { flex: 1 1 10rem; margin: 0; }
.filters { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .5rem 0; }
.pager { margin: 1rem 0; font-weight: 600; }
.text-pager { margin: .5rem 0; }
.text-pager a, .text-pager strong { display: inline-block; min-width: 1.6rem; text-align: center; }
.more { margin: .5rem 0 0; font-weight: 600; }
${GROUP_BAR_STYLE}`
