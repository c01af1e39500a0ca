// Bundles the real editors the drafts e2e test types into (ProseMirror, Quill, Lexical, Draft.js)
// from their npm packages into local test pages, one page per editor, under .output/e2e-editors.
// Generated at e2e build time, never committed. Usage: node src/tools/build-editors.mjs
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

/** Editors and the entries in tests/e2e/editors. */
export const EDITORS = ['prosemirror', 'quill', 'lexical', 'draft'];
/** Where the pages go (the e2e harness serves it under /editors/). */
export const EDITORS_DIR = '.output/e2e-editors';

/** One page: a label, the editor's host, and its bundle; the styles a real site would give it. */
function page(name) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drafts in ${name}</title>
<style>
  body { font: 16px/1.5 "DejaVu Sans", Arial, sans-serif; margin: 24px 40px; color: #1f2937; }
  h1 { font-size: 22px; }
  #editor { box-sizing: border-box; width: 900px; min-height: 160px; border: 2px solid #9ca3af; border-radius: 6px; }
  #editor [contenteditable], #editor.ProseMirror, #editor[contenteditable] { outline: none; min-height: 156px; padding: 10px 12px; white-space: pre-wrap; }
  #editor p { margin: 0 0 8px; }
  .ql-editor { white-space: pre-wrap; padding: 10px 12px; outline: none; min-height: 156px; }
  .ql-clipboard { position: absolute; left: -10000px; height: 1px; overflow: hidden; }
</style>
</head>
<body>
<h1>Write a post (${name})</h1>
<div id="editor"${name === 'lexical' ? ' contenteditable="true"' : ''}></div>
<script src="/editors/${name}.js"></script>
</body>
</html>
`;
}

rmSync(EDITORS_DIR, { recursive: true, force: true });
mkdirSync(EDITORS_DIR, { recursive: true });
await build({
  entryPoints: Object.fromEntries(EDITORS.map((name) => [name, `tests/e2e/editors/${name}.ts`])),
  outdir: EDITORS_DIR,
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
  // React and Draft.js read these; a production build keeps the pages quiet and fast.
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
});
for (const name of EDITORS) writeFileSync(`${EDITORS_DIR}/${name}.html`, page(name));
console.log(`editor pages: ${EDITORS_DIR} (${EDITORS.join(', ')})`);
