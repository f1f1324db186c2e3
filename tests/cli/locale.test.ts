import { afterAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import it_ from '../../locales/it.json';
import ro from '../../locales/ro.json';
import { hotlinesFor } from '../../utils/hotlines';
import { CLI_TIMEOUT, faro, PLAIN, RISKY_EN, tempFiles } from './run';

/** The helpline the summary names for a country: the first of its entry, the one for a worrying offer. */
const firstLine = (country: string) => {
  const line = hotlinesFor(country)?.lines[0];
  if (!line) throw new Error(`no helpline for ${country} in utils/hotlines.ts`);
  return line;
};

/** "<country> – <kind · name>: <number>", the helpline's line in the summary. */
const helpline = (name: string, country: string) => new RegExp(`\\n  ${name} – [^\\n]*: ${firstLine(country).number.replace(/[+]/g, '\\+')}`);

const files = tempFiles({
  'ads.jsonl': [
    JSON.stringify({ id: 'risky', text: RISKY_EN }),
    JSON.stringify({ id: 'plain', text: PLAIN }),
    JSON.stringify({ id: 'plain2', text: PLAIN }),
  ].join('\n'),
});
afterAll(() => files.remove());

/** The locale of the environment alone: LC_ALL and LC_MESSAGES cleared so that LANG decides. */
const withLang = (lang: string) => ({ env: { LC_ALL: '', LC_MESSAGES: '', LANG: lang } });
const summary = (args: string[], env = withLang('C')) => faro(['scan', '--format', 'text', ...args, files.path('ads.jsonl')], env);

describe('faro scan --format text: in the reader language, ending with a helpline', { timeout: CLI_TIMEOUT }, () => {
  it('LANG=it: Italian titles and reasons of each flag, levels, totals, and the Italian helpline at the end', async () => {
    const run = await summary([], withLang('it_IT.UTF-8'));
    expect(run.code).toBe(0);
    const fee = it_.rules['upfront-fee'];
    expect(run.stdout).toContain(`! ${fee.title} [upfront-fee]: "Pay a $200 processing fee before travel"`);
    expect(run.stdout).toContain(`    ${it_.ui['report.why']} ${fee.why}`);
    expect(run.stdout).not.toContain(en.rules['upfront-fee'].title);
    expect(run.stdout).toContain(`3 annunci controllati. Alto: 0 · Medio: 1 · Basso: 2`);
    const end = run.stdout.slice(run.stdout.lastIndexOf(it_.ui['help.intro']));
    expect(end).toMatch(helpline('Italia', 'IT'));
    expect(end).toContain(`${it_.ui['help.emergency']} 112`);
  });

  it('--locale wins over LANG, and the helpline follows the locale', async () => {
    const run = await summary(['--locale', 'ro'], withLang('it_IT.UTF-8'));
    expect(run.stdout).toContain(`! ${ro.rules['upfront-fee'].title} [upfront-fee]`);
    expect(run.stdout).toMatch(helpline('România', 'RO'));
  });

  it('--country picks the helpline; the region of LANG is the default', async () => {
    expect((await summary(['--country', 'de'], withLang('en_GB.UTF-8'))).stdout).toContain(`Germany – ${en.ui[`line.${firstLine('DE').kind}`]}`);
    const gb = (await summary([], withLang('en_GB.UTF-8'))).stdout;
    expect(gb).toContain(`! ${en.rules['upfront-fee'].title} [upfront-fee]`);
    expect(gb).toMatch(helpline('United Kingdom', 'GB'));
    expect((await summary([], withLang('en_US.UTF-8'))).stdout).toContain(`${en.ui['help.emergency']} 911`);
  });

  it('LC_ALL comes before LANG; with no locale set, English and a hint to choose a country', async () => {
    expect((await summary([], { env: { LC_ALL: 'it_IT.UTF-8', LC_MESSAGES: '', LANG: 'de_DE.UTF-8' } })).stdout).toContain(it_.rules['upfront-fee'].title);
    const plain = await summary([], withLang('C'));
    expect(plain.stdout).toContain(en.rules['upfront-fee'].title);
    expect(plain.stdout).toContain(`${en.ui['help.chooseCountry']}: --country IT`);
  });

  it('a country without a helpline in the directory says so, with the emergency number', async () => {
    const run = await summary(['--country', 'JP']);
    expect(run.stdout).toContain(en.ui['help.noEntry']);
    expect(run.stdout).toContain(`${en.ui['help.emergency']} 112`);
  });
});
