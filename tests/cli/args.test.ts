import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { envLocale, parseCommandLine, type ScanArgs } from '../../cli/args';
import { closest } from '../../cli/suggest';

const scanArgs = (argv: string[], env: NodeJS.ProcessEnv = {}): ScanArgs => {
  const parsed = parseCommandLine(['scan', ...argv, 'x.jsonl'], env);
  if (parsed.kind !== 'scan') throw new Error(JSON.stringify(parsed));
  return parsed.args;
};

describe('parseCommandLine', () => {
  it('defaults: jsonl, one job per core, English without a locale, no country', () => {
    expect(scanArgs([])).toMatchObject({ format: 'jsonl', jobs: availableParallelism(), locale: 'en', country: undefined, stats: false });
    expect(scanArgs(['-j', '3', '--stats'])).toMatchObject({ jobs: 3, stats: true });
  });

  it.each([
    [{ LANG: 'it_IT.UTF-8' }, 'it', 'IT'],
    [{ LANG: 'de_AT.UTF-8' }, 'de', 'AT'],
    [{ LANG: 'en_GB.UTF-8' }, 'en', 'GB'],
    [{ LANG: 'en_US.UTF-8' }, 'en', 'US'],
    [{ LANG: 'uk_UA.UTF-8' }, 'uk', 'UA'],
    [{ LANG: 'en.UTF-8' }, 'en', undefined],
    [{ LANG: 'C.UTF-8' }, 'en', undefined],
    [{ LANG: 'ja_JP.UTF-8' }, 'en', undefined],
    [{ LC_ALL: 'fr_FR.UTF-8', LANG: 'it_IT.UTF-8' }, 'fr', 'FR'],
    [{ LC_MESSAGES: 'pl_PL', LANG: 'it_IT.UTF-8' }, 'pl', 'PL'],
    [{ LC_ALL: '', LANG: 'ro_MD.UTF-8' }, 'ro', 'MD'],
  ])('the locale and helpline country of %j: %s, %s', (env, locale, country) => {
    expect(scanArgs([], env)).toMatchObject({ locale, country });
  });

  it('--locale and --country win; the country follows the chosen locale (with the region of the environment when it speaks it)', () => {
    expect(scanArgs(['--locale', 'ro'], { LANG: 'it_IT.UTF-8' })).toMatchObject({ locale: 'ro', country: 'RO' });
    expect(scanArgs(['--locale', 'DE'], { LANG: 'de_AT.UTF-8' })).toMatchObject({ locale: 'de', country: 'AT' });
    expect(scanArgs(['--country', 'gb'], { LANG: 'it_IT.UTF-8' })).toMatchObject({ locale: 'it', country: 'GB' });
  });

  it('reads POSIX locale names with codeset and modifier', () => {
    expect(envLocale({ LANG: 'sk_SK.ISO-8859-2@euro' })).toEqual({ lang: 'sk', tag: 'sk_SK' });
    expect(envLocale({ LANG: 'POSIX' })).toEqual({});
  });
});

describe('closest: the option or value a typo meant', () => {
  it.each([
    ['formt', ['format', 'lang', 'locale'], 'format'],
    ['frmat', ['format', 'lang', 'locale'], 'format'],
    ['lcoale', ['format', 'lang', 'locale'], 'locale'],
    ['clust', ['clusters', 'country'], 'clusters'],
    ['xml', ['jsonl', 'json', 'csv', 'text'], undefined],
    ['frobnicate', ['format', 'lang', 'locale'], undefined],
  ])('%s → %s', (typed, candidates, expected) => {
    expect(closest(typed, candidates)).toBe(expected);
  });
});
