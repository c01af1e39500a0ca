/**
 * Styles of the in-page cards, scoped to the overlay's shadow root. Every inherited property is set
 * on the card itself so the page's fonts, colours and `all: unset` rules never leak in. `all` leaves
 * `direction` alone, so it is set too: on a right-to-left page the card would otherwise inherit it.
 */
export const OVERLAY_CSS = `
.card {
  all: initial;
  direction: ltr;
  unicode-bidi: isolate;
  position: absolute;
  box-sizing: border-box;
  display: block;
  width: 340px;
  max-width: calc(100vw - 16px);
  max-height: min(460px, calc(100vh - 24px));
  overflow: auto;
  padding: 14px 16px 12px;
  border-radius: 12px;
  background: #fffdf8;
  color: #1c2a44;
  border: 1px solid #e4ddcf;
  box-shadow: 0 12px 32px rgba(20, 30, 55, 0.18), 0 2px 6px rgba(20, 30, 55, 0.08);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left;
  letter-spacing: normal;
  pointer-events: auto;
  -webkit-font-smoothing: antialiased;
}
.card * { box-sizing: border-box; }
.card.hover { width: 300px; padding: 10px 12px; pointer-events: none; }
.head { display: flex; align-items: center; gap: 12px; }
.head-text { flex: 1; min-width: 0; }
.eyebrow { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #6b7385; }
.verdict { font-size: 16px; font-weight: 650; line-height: 1.25; margin-top: 1px; }
.badge {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 44px; height: 44px; border-radius: 50%;
  color: #fff; font-size: 17px; font-weight: 700; font-variant-numeric: tabular-nums;
}
.close {
  all: unset; flex: none; align-self: flex-start; cursor: pointer;
  width: 28px; height: 28px; margin: -4px -6px 0 0; border-radius: 8px;
  display: inline-flex; align-items: center; justify-content: center;
  font: 400 20px/1 system-ui, sans-serif; color: #6b7385;
}
.close:hover { background: rgba(28, 42, 68, 0.08); color: #1c2a44; }
.close:focus-visible { outline: 2px solid #2f5bd3; outline-offset: 1px; }
.summary { margin: 10px 0 4px; font-size: 13px; color: #33405c; }
.muted { margin: 8px 0 0; color: #6b7385; font-size: 12px; }
.evidence-note { margin: 4px 0 0; font-size: 12px; color: #5b6475; font-style: italic; }
.findings { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 10px; }
.hover .findings { margin: 0; gap: 8px; }
.finding { margin: 0; padding: 0 0 0 10px; border-left: 3px solid var(--cat, #999); }
.finding-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.category { font-size: 11px; font-weight: 650; color: #4b5569; text-transform: uppercase; letter-spacing: 0.03em; }
.quote {
  unicode-bidi: plaintext;
  quotes: "“" "”"; font-weight: 600; color: #1c2a44;
  background: color-mix(in srgb, var(--cat, #999) 18%, transparent); border-radius: 3px; padding: 0 3px;
}
.message { margin: 3px 0 0; }
.note { margin: 3px 0 0; color: #4b5569; }
.selection .findings { border-top: 1px solid #ece6da; padding-top: 10px; }
.visually-hidden {
  all: initial; position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
.marks-nav {
  all: initial; position: fixed; left: 8px; bottom: 8px; z-index: 1; box-sizing: border-box;
  max-width: min(420px, calc(100vw - 16px)); padding: 8px 12px; border-radius: 8px;
  background: #1c2a44; color: #fff; cursor: pointer;
  font: 500 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  transform: translateY(calc(100% + 16px));
}
.marks-nav:focus { transform: none; outline: 2px solid #f2b84b; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 0; }
.apply, .ignore {
  all: unset; cursor: pointer; display: inline-flex; align-items: center; box-sizing: border-box;
  min-height: 26px; padding: 3px 10px; border-radius: 7px;
  font: 600 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.apply { background: #203a66; color: #fff; }
.apply:hover { background: #2c4d85; }
.ignore { color: #33405c; border: 1px solid #d9d2c3; background: transparent; }
.ignore:hover { background: rgba(28, 42, 68, 0.06); }
.apply:focus-visible, .ignore:focus-visible { outline: 2px solid #2f5bd3; outline-offset: 2px; }
.card-foot { display: flex; justify-content: flex-end; margin-top: 12px; padding-top: 10px; border-top: 1px solid #ece6da; }
.draft-badge {
  all: initial; position: absolute; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  min-width: 24px; height: 24px; padding: 0 6px; border-radius: 12px; cursor: pointer;
  background: var(--verdict, #475569); color: #fff; border: 2px solid #fff;
  box-shadow: 0 1px 4px rgba(20, 30, 55, 0.3);
  font: 700 11.5px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-variant-numeric: tabular-nums; pointer-events: auto; user-select: none;
}
.draft-badge:hover { filter: brightness(1.08); }
.draft-badge:focus-visible { outline: 2px solid #2f5bd3; outline-offset: 2px; }
.draft-badge[data-busy='true'] { opacity: 0.75; }
.draft-mirror {
  all: initial; position: absolute; box-sizing: border-box; display: block; overflow: hidden;
  color: transparent; pointer-events: none; border-style: solid; border-color: transparent; background: transparent;
}
.draft-mark {
  color: transparent; border-radius: 2px;
  background: color-mix(in srgb, var(--cat, #999) 16%, transparent);
  text-decoration: underline wavy var(--cat, #999); text-decoration-thickness: 1.5px;
  text-decoration-skip-ink: none; text-underline-offset: 2px;
}
@media (prefers-color-scheme: dark) {
  .card { background: #1d2436; color: #e7ebf3; border-color: #343d55; box-shadow: 0 12px 32px rgba(0, 0, 0, 0.5); }
  .eyebrow, .muted, .close, .category, .evidence-note { color: #a3acc0; }
  .summary, .note { color: #c9d0de; }
  .quote { color: #f3f5fa; }
  .close:hover { background: rgba(255, 255, 255, 0.08); color: #fff; }
  .selection .findings { border-top-color: #343d55; }
  .card-foot { border-top-color: #343d55; }
  .ignore { color: #e7ebf3; border-color: #4a5573; }
  .apply { background: #4a72c4; }
}
`;
