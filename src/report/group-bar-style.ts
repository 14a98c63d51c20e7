/**
 * Styles of the coverage-by-group bars (sections/group-bar.tsx), shared by the report's and the web UI's
 * stylesheets. Segment widths are classes `bw0`…`bw100` (whole percentages, see barPercents) because neither CSP
 * allows a style attribute. Colours are light, so the dark label text keeps a contrast above 7:1; "unknown" is
 * grey with stripes.
 */
export const GROUP_BAR_STYLE = `
.bar { display: flex; list-style: none; margin: .25rem 0; padding: 0; width: 100%; min-height: 1.9rem; border: 1px solid #8a8f98; border-radius: 4px; overflow: hidden; }
.bar .seg { display: block; min-width: 0; padding: 0 .4rem; line-height: 1.9rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: .9rem; color: #1d1d1f; border-right: 2px solid #fff; }
.bar .seg:last-child { border-right: 0; }
.bar .seg-count { font-weight: 700; font-variant-numeric: tabular-nums; }
.bar-small { min-height: 1.3rem; max-width: 18rem; }
.bar-small .seg { font-size: .75rem; line-height: 1.3rem; padding: 0 .25rem; }
.c0 { background: #cfe0fc; } .c1 { background: #ffd8a8; } .c2 { background: #c8ecc9; } .c3 { background: #f5c6d6; }
.c4 { background: #e0d4f7; } .c5 { background: #fff1a8; } .c6 { background: #c4ebe8; } .c7 { background: #e8dccb; }
.c-unknown { background: repeating-linear-gradient(135deg, #ececec 0 6px, #dcdcdc 6px 12px); }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -.1em; border: 1px solid #8a8f98; border-radius: 2px; }
.group-key { list-style: none; margin: .25rem 0 .75rem; padding: 0; display: flex; flex-wrap: wrap; gap: .1rem 1.25rem; overflow-wrap: anywhere; }
.blindspot { border-left: 4px solid #b36200; background: #fff4e5; padding: .3rem .6rem; margin: .25rem 0 1rem; }
.blindspot-badge { border-color: #b36200; background: #fff4e5; }
${Array.from({ length: 101 }, (_, n) => `.bw${n}{width:${n}%}`).join('')}
`
