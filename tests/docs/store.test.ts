import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/engine/types';

/** The store listing (docs/store/<lang>.md) and the summary the stores read from the manifest, for every interface language. */
const ROOT = resolve(import.meta.dirname, '..', '..');
const listing = (lang: string) => readFileSync(join(ROOT, 'docs', 'store', `${lang}.md`), 'utf8');
const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#')).length;

describe('store listing', () => {
  it.each([...LANGUAGES])('%s: the same sections as the English listing, with the emergency number and the shortcut', (lang) => {
    const text = listing(lang);
    expect(headings(text)).toBe(headings(listing('en')));
    expect(text).toContain('112');
    expect(text).toMatch(/Alt\+(Shift|Umschalt|Maj|Mayús)\+F/);
    // As long as the English one, give or take: a translation, not a stub.
    expect(text.length).toBeGreaterThan(listing('en').length * 0.7);
  });

  it.each([...LANGUAGES])('%s: the summary the stores take from the manifest fits the Chrome Web Store’s 132 characters', (lang) => {
    const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as { extDescription: { message: string } };
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
