import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconSpecs, render, ROOT } from '../../scripts/icons';
import { ICON_FILES, ICONS, THEME_ICONS } from '@/utils/icons';

const png = (file: string) => readFileSync(join(ROOT, 'public', file));
/** Width and height from a PNG's IHDR chunk. */
const size = (data: Buffer) => [data.readUInt32BE(16), data.readUInt32BE(20)];

describe('icons', () => {
  it('every icon the manifests name is a PNG of the size it is named for', () => {
    for (const file of ICON_FILES) {
      const data = png(file);
      expect(data.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      const named = Number(/(\d+)\.png$/.exec(file)?.[1]);
      expect(size(data), file).toEqual([named, named]);
    }
    expect(Object.keys(ICONS)).toEqual(['16', '32', '48', '128']);
    expect(THEME_ICONS.map((icon) => icon.size)).toEqual([16, 32]);
  });

  it('the checked-in PNGs are the drawings in assets/icons as `npm run icons` renders them', async () => {
    const specs = iconSpecs();
    expect(specs.map((spec) => spec.file).sort()).toEqual([...ICON_FILES].sort());
    for (const spec of specs) expect((await render(spec)).equals(png(spec.file)), `${spec.file}: run npm run icons`).toBe(true);
  });

  it('the toolbar glyphs are light on dark toolbars and dark on light ones', () => {
    // Firefox's `light` theme icon is the one drawn on dark toolbars: its glyph must be light.
    const [icon] = THEME_ICONS;
    expect(icon?.light).toContain('toolbar-dark');
    expect(icon?.dark).toContain('toolbar-light');
  });
});
