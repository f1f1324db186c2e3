import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/threat-model.md backs each claim with a named test (its file › its name). A claim whose test was
 * renamed or removed is a claim nobody checks: this fails until the document names a test that exists.
 */
const DOC = readFileSync('docs/threat-model.md', 'utf8');

/** `path › name`, and `› name` for another test of the path named just before. */
function references(): { path: string; name: string }[] {
  const found: { path: string; name: string }[] = [];
  let last = '';
  for (const [, ref = ''] of DOC.matchAll(/`([^`]*›[^`]*)`/g)) {
    const [path, name] = ref.startsWith('›') ? [last, ref.slice(1)] : ref.split('›', 2).map((part) => part.trim());
    last = path ?? '';
    found.push({ path: last, name: (name ?? '').trim() });
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test name as written (`it('…')`, `describe('…')`), or as an `it.each` table makes it from '%s …' and a case. */
function named(source: string, name: string): boolean {
  if (source.includes(name)) return true;
  for (const [, template = ''] of source.matchAll(/\.each\([\s\S]*?\)\(\s*'([^']*%s[^']*)'/g)) {
    const match = new RegExp(`^${template.split('%s').map(escape).join('(.+)')}$`).exec(name);
    if (match && source.includes(`'${match[1]}'`)) return true;
  }
  return false;
}

describe('docs/threat-model.md', () => {
  const refs = references();

  it('names tests for its claims', () => {
    expect(refs.length).toBeGreaterThan(30);
  });

  it.each(refs.map((r) => [`${r.path} › ${r.name}`, r] as const))('%s exists', (_label, { path, name }) => {
    expect(existsSync(path), path).toBe(true);
    expect(named(readFileSync(path, 'utf8'), name), `${path} has no test named "${name}"`).toBe(true);
  });
});
