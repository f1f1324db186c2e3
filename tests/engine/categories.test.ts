import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../engine/categories';

// The catalogue in ../shared is the contract; the engine ships its own copy of the ids and strengths.
describe('categories', () => {
  it('match shared/catalogue/indicators.json', () => {
    const catalogue = JSON.parse(readFileSync(new URL('../../../shared/catalogue/indicators.json', import.meta.url), 'utf8')) as {
      categories: { id: string; strength: string; scope: string }[];
    };
    const fromCatalogue = CATEGORIES.filter((c) => !c.extension);
    expect(fromCatalogue.map(({ id, strength, scope }) => ({ id, strength, scope }))).toEqual(
      catalogue.categories.map(({ id, strength, scope }) => ({ id, strength, scope })),
    );
  });

  it("adds only Faro's own extensions, each explained", () => {
    for (const c of CATEGORIES.filter((c) => c.extension)) expect(c.extension?.length, c.id).toBeGreaterThan(40);
  });
});
