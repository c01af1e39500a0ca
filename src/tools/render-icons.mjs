// Renders the toolbar/store icons from the SVG sources in src/icons/ to the PNG sizes the manifest
// lists. The PNGs are committed, so `npm ci && npm run build` needs no renderer; run this only
// after editing an SVG:  node src/tools/render-icons.mjs
// Uses rsvg-convert (Debian: apt-get install librsvg2-bin) because its output is byte-stable for
// the same input, so re-rendering an unchanged SVG leaves git clean.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** Every size Chrome and Firefox ask for: toolbar 16/32, management page 48, HiDPI 96, store 128. */
const ICON_SIZES = [16, 32, 48, 96, 128];

/** Source SVG → output folder under public/ (WXT copies public/ into the build as is). */
const VARIANTS = [
  { source: 'src/icons/icon.svg', folder: 'public/icon' },
  // Shown by the background (action.setIcon) on tabs where inline warnings are on.
  { source: 'src/icons/icon-on.svg', folder: 'public/icon-on' },
];

try {
  execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('render-icons: rsvg-convert not found; install it with `apt-get install librsvg2-bin`');
  process.exit(1);
}

for (const { source, folder } of VARIANTS) {
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) {
    const output = `${folder}/${size}.png`;
    execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--output', output, source]);
    console.log(`render-icons: ${output}`);
  }
}
