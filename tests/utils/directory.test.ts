import { describe, expect, it } from 'vitest';
import { guessCountry } from '@/utils/country';
import { HOTLINES, emergencyNumber, hotlinesFor, telHref } from '@/utils/hotlines';
import { LISTED_SITES, matchesAny } from '@/utils/sites';

describe('hotline directory', () => {
  it('gives every entry a source, a check date and dialable numbers', () => {
    for (const entry of HOTLINES) {
      expect(entry.source, entry.country).toBeTruthy();
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
  ])('%s → %s', (url, expected) => {
    expect(matchesAny(url, LISTED_SITES)).toBe(expected);
  });
});
