/**
 * Renders Faro's icons from the SVG drawings in assets/icons/ to the PNGs the manifest names
 * (public/icon/). `npm run icons` writes them; tests/icons.test.ts renders them again and fails when a
 * checked-in PNG no longer matches its drawing. resvg (WebAssembly, no system fonts, no native build)
 * gives the same pixels on every machine, so the comparison is exact.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = join(ROOT, 'assets', 'icons');

/** Toolbar glyph colours: Firefox's own icon colours on light and on dark toolbars. */
const GLYPH = { light: '#15141a', dark: '#fbfbfe' } as const;

export interface IconSpec {
  /** Path under public/, as the manifest names it. */
  file: string;
  size: number;
  svg: string;
}

function source(name: string): string {
  return readFileSync(join(SOURCES, name), 'utf8');
}

/**
 * Every PNG and the drawing it comes from. The 16 px icon has its own drawing (a scaled-down 128 px
 * one blurs into a blob); the toolbar glyph is one drawing in two colours.
 */
export function iconSpecs(): IconSpec[] {
  const tile = source('faro.svg');
  const small = source('faro-16.svg');
  const glyph = source('toolbar.svg');
  return [
    { file: 'icon/16.png', size: 16, svg: small },
    ...[32, 48, 128].map((size) => ({ file: `icon/${size}.png`, size, svg: tile })),
    ...(['light', 'dark'] as const).flatMap((theme) =>
      [16, 32].map((size) => ({ file: `icon/toolbar-${theme}-${size}.png`, size, svg: glyph.replaceAll('currentColor', GLYPH[theme]) })),
    ),
  ];
}

let ready: Promise<void> | undefined;

async function init(): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  ready ??= initWasm(readFileSync(wasm));
  await ready;
}

export async function render(spec: IconSpec): Promise<Buffer> {
  await init();
  const png = new Resvg(spec.svg, { fitTo: { mode: 'width', value: spec.size } }).render().asPng();
  return Buffer.from(png);
}

async function main(): Promise<void> {
  for (const spec of iconSpecs()) {
    const out = join(ROOT, 'public', spec.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await render(spec));
    console.log(`${spec.file} (${spec.size} px)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
