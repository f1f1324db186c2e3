import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessCountry } from '@/utils/country';
import { HOTLINES, emergencyNumber, hotlinesFor, telHref, type HotlineLine } from '@/utils/hotlines';
import { LISTED_SITES, matchesAny, siteLabel } from '@/utils/sites';

describe('hotline directory', () => {
  it('gives every entry its sources (or the caveat that none is official), a check date and dialable numbers', () => {
    for (const entry of HOTLINES) {
      if (entry.sources.length === 0) expect(entry.unconfirmed, entry.country).toBe(true);
      for (const source of entry.sources) expect(source.kind === 'ministryRelease' || Boolean(source.ref), entry.country).toBe(true);
      expect(entry.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.lines.length).toBeGreaterThan(0);
      for (const line of entry.lines) expect(telHref(line)).toMatch(/^(tel|sms):\+?\d{3,15}$/);
    }
    expect(new Set(HOTLINES.map((e) => e.country)).size).toBe(HOTLINES.length);
  });

  it("has Italy's national line, not Slovakia's number that a seed line misattributes", () => {
    expect(hotlinesFor('IT')?.lines[0]?.number).toBe('800 290 290');
    expect(hotlinesFor('SK')?.lines[0]?.number).toBe('0800 800 818');
    expect(hotlinesFor('FR')?.unconfirmed).toBe(true);
    expect(hotlinesFor('RO')?.unconfirmed).toBe(true);
  });

  it('uses 112 in Europe and 911 in North America', () => {
    expect(emergencyNumber('IT')).toBe('112');
    expect(emergencyNumber(undefined)).toBe('112');
    expect(emergencyNumber('US')).toBe('911');
  });
});

describe('country guess', () => {
  it.each([
    ['Europe/Rome', ['en-US'], 'IT'], // scenario 1: English browser in Verona
    [undefined, ['ro-RO'], 'RO'],
    [undefined, ['en-GB'], 'GB'],
    ['Asia/Tokyo', ['pl'], 'PL'],
    ['Asia/Tokyo', ['ja-JP'], undefined],
  ] as const)('%s %j → %s', (zone, languages, expected) => {
    expect(guessCountry(zone, languages)).toBe(expected);
  });
});

describe('listed sites', () => {
  it.each([
    ['https://www.kleinanzeigen.de/s-jobs/k0', true],
    ['https://newyork.craigslist.org/search/ppa', true],
    ['https://www.linkedin.com/jobs/view/123', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://notkleinanzeigen.de/', false],
    ['https://www.olx.pl/praca/', true],
    ['ftp://www.olx.pl/', false],
    ['not a url', false],
    ['https://torino.bakeca.it/annunci/offerte-di-lavoro/', true],
    ['https://www.vivastreet.it/annunci-lavoro', true],
    ['https://www.locanto.it/Lavoro/', true],
    ['https://it.skokka.com/', true],
    ['https://www.lajumate.ro/locuri-de-munca', true],
    ['https://999.md/ru/list/work', true],
    ['https://www.merrjep.al/njoftime/pune', true],
    ['https://jiji.ng/jobs', true],
    ['https://bakeca.it.example.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(matchesAny(url, LISTED_SITES)).toBe(expected);
  });

  it('justifies each classified site added in issue 14 in one line of docs/permissions.md', () => {
    const added = LISTED_SITES.slice(LISTED_SITES.indexOf('*://*.bakeca.it/*'));
    expect(added.map(siteLabel)).toEqual(['bakeca.it', 'vivastreet.it', 'vivastreet.co.uk', 'vivastreet.com', 'locanto.it', 'locanto.co.uk', 'skokka.com', 'pasion.com', 'lajumate.ro', '999.md', 'merrjep.al', 'jiji.ng']);
    const docs = readFileSync('docs/permissions.md', 'utf8');
    for (const site of added.map(siteLabel)) expect(docs, site).toMatch(new RegExp(`^\\| ${site.replace(/\./g, '\\.')} \\| [^|]+ \\| .{40,} \\|$`, 'm'));
  });
});

describe('hotline directory: issue 14', () => {
  /** What a line reads as in the list: its kind, its organisation and its notes (the number aside). */
  const reading = (line: HotlineLine) => [line.kind, line.name ?? '', ...(line.notes ?? [])].join('|');

  it('has the countries added with a source: Cyprus, Malta, Norway, Albania and Serbia, checked on the day their pages were read', () => {
    for (const country of ['CY', 'MT', 'NO', 'AL', 'RS']) {
      const entry = hotlinesFor(country);
      expect(entry?.sources.length, country).toBeGreaterThan(0);
      expect(entry?.verified, country).toBe('2026-12-03');
    }
    // Only a non-governmental page gives these numbers: shown with the caveat.
    expect(hotlinesFor('CY')?.unconfirmed).toBe(true);
    expect(hotlinesFor('AL')?.unconfirmed).toBe(true);
    expect(hotlinesFor('MT')?.unconfirmed).toBeUndefined();
  });

  it('leaves out the countries no stored page gave a number for (utils/hotlines.ts and the README say why)', () => {
    for (const country of ['SI', 'CH']) expect(hotlinesFor(country), country).toBeUndefined();
    const readme = readFileSync('README.md', 'utf8');
    for (const name of ['Slovenia', 'Switzerland']) expect(readme, name).toMatch(new RegExp(`${name}[^.]*left out|left out[^.]*${name}`));
  });

  it("has Russia's only line found, IOM's, with its source, the day it was read and the caveat (the page is undated)", () => {
    const russia = hotlinesFor('RU');
    expect(russia?.lines).toEqual([{ number: '8 800 333 00 16', kind: 'trafficking', name: 'IOM', notes: ['free'] }]);
    expect(russia?.sources).toEqual([{ kind: 'ngo', ref: 'moscow.iom.int' }]);
    expect(russia?.verified).toBe('2026-12-03');
    expect(russia?.unconfirmed).toBe(true);
    expect(guessCountry('Europe/Moscow', ['ru'])).toBe('RU');
    // Russian alone says nothing of the country: read in Ukraine, Moldova and beyond.
    expect(guessCountry(undefined, ['ru'])).toBeUndefined();
  });

  it('never opens a country with a regional line, and Germany with its national helpline, not Bavaria’s', () => {
    for (const entry of HOTLINES) expect(entry.lines[0]?.kind, entry.country).not.toBe('regional');
    const germany = hotlinesFor('DE');
    expect(germany?.lines[0]).toMatchObject({ number: '116 016', kind: 'violence' });
    expect(germany?.noTraffickingLine).toBe(true);
  });

  it('gives every line of a country its own label (Ukraine had three alike)', () => {
    for (const entry of HOTLINES) {
      const readings = entry.lines.map(reading);
      expect(new Set(readings).size, entry.country).toBe(readings.length);
    }
    expect(hotlinesFor('UA')?.lines.map((line) => line.kind)).toEqual(['government', 'government', 'migrantAdvice']);
  });

  it('guesses the new countries from their time zones and languages', () => {
    expect(guessCountry('Asia/Nicosia', ['el'])).toBe('CY');
    expect(guessCountry('Europe/Malta', ['en'])).toBe('MT');
    expect(guessCountry('Europe/Oslo', ['nb'])).toBe('NO');
    expect(guessCountry(undefined, ['sq'])).toBe('AL');
    expect(guessCountry(undefined, ['sr-Latn'])).toBe('RS');
  });
});

describe('hotline words in every language', () => {
  const files = import.meta.glob<{ ui: Record<string, unknown> }>('../../locales/*.json', { eager: true, import: 'default' });
  const keys = new Set<string>(['help.several', 'help.first', 'help.noSource', 'help.noTraffickingLine']);
  for (const entry of HOTLINES) {
    for (const source of entry.sources) keys.add(`source.${source.kind}`);
    for (const line of entry.lines) {
      keys.add(`line.${line.kind}`);
      for (const note of line.notes ?? []) keys.add(`note.${note}`);
    }
  }

  it.each(Object.keys(files))('%s says every kind of line, note and source in its own words', (file) => {
    const ui = files[file]!.ui;
    const missing = [...keys].filter((key) => typeof ui[key] !== 'string');
    expect(missing).toEqual([]);
    if (!file.endsWith('/en.json')) {
      const en = files['../../locales/en.json']!.ui;
      // Translated, not copied: the source notes were English in every language (issue 14).
      const copied = [...keys].filter((key) => key.startsWith('source.') && ui[key] === en[key]);
      expect(copied).toEqual([]);
    }
  });
});
