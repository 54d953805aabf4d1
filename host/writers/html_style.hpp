// The look of slant's HTML pages in one place: kHtmlBaseCss (colours, type, header, tables,
// panels, dark mode, phone width) is shared by every page; kArticleReportCss adds the marked
// article, its notes, tooltips and filters. Plain CSS, no web fonts, nothing fetched.
#pragma once

#include <string_view>

namespace slant {

inline constexpr std::string_view kHtmlBaseCss = R"css(
:root {
  --ink: #1d2126; --muted: #5b6470; --paper: #fdfcf9; --card: #ffffff; --line: #d9dde3;
  --accent: #24507a; --focus: #c2410c;
  --c0: rgba(0, 112, 243, 0.20); --c0-ink: #0b4f9c;
  --c1: rgba(255, 184, 0, 0.38); --c1-ink: #7a5200;
  --c2: rgba(222, 0, 150, 0.18); --c2-ink: #8f1270;
  --c3: rgba(0, 160, 80, 0.22);  --c3-ink: #1b6b3a;
  --c4: rgba(110, 70, 230, 0.20); --c4-ink: #4b32a8;
  --c5: rgba(230, 70, 40, 0.22); --c5-ink: #9c2f14;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e8eb; --muted: #a3acb8; --paper: #15181c; --card: #1d2126; --line: #363c45;
    --accent: #8cb8e6; --focus: #fb923c;
    --c0: rgba(70, 150, 255, 0.32); --c0-ink: #9cc7ff;
    --c1: rgba(255, 190, 30, 0.30); --c1-ink: #ffd479;
    --c2: rgba(255, 80, 200, 0.28); --c2-ink: #ffa3e4;
    --c3: rgba(40, 200, 110, 0.28); --c3-ink: #8ce0ae;
    --c4: rgba(150, 120, 255, 0.30); --c4-ink: #c4b5ff;
    --c5: rgba(255, 110, 80, 0.30); --c5-ink: #ffb09e;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; padding: 0 1rem 2rem; background: var(--paper); color: var(--ink);
  font: 17px/1.6 Georgia, "Times New Roman", "DejaVu Serif", serif;
  overflow-wrap: anywhere;
}
.page { max-width: 78rem; margin: 0 auto; }
h1, h2, h3, .ui, table, .page-foot, .filters, .meta, .counts {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
}
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; letter-spacing: 0.01em; }
.brand { font: 600 0.8rem/1 system-ui, sans-serif; letter-spacing: 0.12em; text-transform: uppercase;
  color: var(--accent); margin: 1rem 0 0; }
.meta, .counts { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; overflow-wrap: normal; }
th, td { text-align: left; padding: 0.3rem 0.45rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; vertical-align: -0.05em;
  margin-right: 0.3em; border: 1px solid var(--line); }
.c0 .swatch, .swatch.c0 { background: var(--c0); } .c1 .swatch, .swatch.c1 { background: var(--c1); }
.c2 .swatch, .swatch.c2 { background: var(--c2); } .c3 .swatch, .swatch.c3 { background: var(--c3); }
.c4 .swatch, .swatch.c4 { background: var(--c4); } .c5 .swatch, .swatch.c5 { background: var(--c5); }
.page-foot { color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); margin-top: 2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
)css";

inline constexpr std::string_view kArticleReportCss = R"css(
.filters { position: sticky; top: 0; z-index: 3; background: var(--paper); border-bottom: 1px solid var(--line);
  padding: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; font-size: 0.85rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem;
  align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: 0.4rem; }
.filters label { cursor: pointer; white-space: nowrap; }
.report { margin-top: 1rem; }
.report + .report { border-top: 3px double var(--line); }
.report-body { display: block; }
@media (min-width: 62rem) {
  .report-body { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 2.5rem; align-items: start; }
  .panel { position: sticky; top: 3rem; max-height: calc(100vh - 4rem); overflow-y: auto; }
}
.text { max-width: 44rem; }
.para { margin: 0 0 1.1rem; }
.para-text { margin: 0; }
.genre { font-size: 0.95rem; margin: 0.6rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid; }
.genre.c0 { border-color: var(--c0-ink); } .genre.c1 { border-color: var(--c1-ink); }
.genre.c2 { border-color: var(--c2-ink); } .genre.c3 { border-color: var(--c3-ink); }
.genre.c4 { border-color: var(--c4-ink); } .genre.c5 { border-color: var(--c5-ink); }

/* The text's voice, not by colour: quoted words italic with a dotted underline, reported speech
   with a dashed one; the writer's own words plain. */
.v-quoted { font-style: italic; text-decoration: underline dotted; text-decoration-thickness: 1px;
  text-underline-offset: 0.22em; }
.v-reported { text-decoration: underline dashed; text-decoration-thickness: 1px; text-underline-offset: 0.22em;
  text-decoration-color: var(--muted); }

/* Findings: a tint per plugin; the letter on each marker (A, H, O) says which, without colour. */
mark.hl { color: inherit; background: transparent; border-radius: 2px; padding: 0.05em 0;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.hl.c0 { background: var(--c0); } mark.hl.c1 { background: var(--c1); } mark.hl.c2 { background: var(--c2); }
mark.hl.c3 { background: var(--c3); } mark.hl.c4 { background: var(--c4); } mark.hl.c5 { background: var(--c5); }
mark.hl.c0 { box-shadow: inset 0 -2px 0 var(--c0-ink); }
mark.hl.c2 { box-shadow: inset 0 2px 0 var(--c2-ink); }
.ref { position: relative; font: 600 0.68rem/1 system-ui, sans-serif; vertical-align: super; margin-left: 0.1em;
  text-decoration: none; padding: 0 0.15em; border-radius: 3px; white-space: nowrap; }
.ref.c0 { color: var(--c0-ink); } .ref.c1 { color: var(--c1-ink); } .ref.c2 { color: var(--c2-ink); }
.ref.c3 { color: var(--c3-ink); } .ref.c4 { color: var(--c4-ink); } .ref.c5 { color: var(--c5-ink); }
.ref .tip { display: none; position: absolute; left: 50%; bottom: 1.6em; transform: translateX(-50%);
  width: max-content; max-width: min(22rem, 80vw); z-index: 5; background: var(--card); color: var(--ink);
  border: 1px solid var(--line); border-radius: 6px; padding: 0.45rem 0.6rem; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  font: 400 0.8rem/1.4 system-ui, sans-serif; white-space: normal; text-align: left; }
.ref:hover .tip, .ref:focus .tip, .ref:focus-within .tip { display: block; }
.notes { list-style: none; margin: 0.35rem 0 0; padding: 0 0 0 0.8rem; border-left: 2px solid var(--line);
  font: 0.8rem/1.45 system-ui, sans-serif; color: var(--ink); }
.note { margin: 0.2rem 0; }
.note:target { background: var(--card); outline: 2px solid var(--focus); border-radius: 3px; }
.note-num { font-weight: 700; text-decoration: none; margin-right: 0.3em; }
.note.c0 .note-num { color: var(--c0-ink); } .note.c1 .note-num { color: var(--c1-ink); }
.note.c2 .note-num { color: var(--c2-ink); } .note.c3 .note-num { color: var(--c3-ink); }
.note.c4 .note-num { color: var(--c4-ink); } .note.c5 .note-num { color: var(--c5-ink); }
.voice-tag { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.45em;
  font-size: 0.72rem; margin: 0 0.2em; }
.voice-tag.fv-quoted { border-style: dotted; font-style: italic; }
.voice-tag.fv-reported { border-style: dashed; }
.evidence { font-style: italic; }
.rule, .attrs { color: var(--muted); }
.rule code { font-size: 0.95em; overflow-wrap: anywhere; }
.panel section, .panel details { margin-bottom: 1rem; }
.panel h2 { margin-top: 0.4rem; }
.score-name th { border-bottom: 0; padding-bottom: 0; }
.score-values td { border-bottom: 0; }
.source th, .source td { border-bottom: 0; padding-bottom: 0; }
.source-detail td { color: var(--muted); font-size: 0.78rem; }
.score-meaning td { color: var(--muted); font-size: 0.78rem; border-bottom: 1px solid var(--line); padding-top: 0; }
.score-row th, .score-row td { border-bottom: 0; }
.legend { font: 0.82rem/1.5 system-ui, sans-serif; color: var(--muted); }
.legend dt { display: inline; font-weight: 600; color: var(--ink); }
.legend dd { display: inline; margin: 0 0.8rem 0 0.2rem; }
.diagnostics li.error { color: #b91c1c; }
@media (max-width: 30rem) {
  body { font-size: 16px; padding: 0 0.7rem 1.5rem; }
  h1 { font-size: 1.4rem; }
  .filters { position: static; }
}
)css";

}  // namespace slant
