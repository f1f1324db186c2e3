import { LEVELS, type Level } from '../engine/types';
import { emergencyNumber, hotlinesFor, type HotlineLine } from '../utils/hotlines';
import type { Messages } from '../utils/i18n';
import type { ScanReport } from './score';
import type { Scored, Writer } from './writers';

/**
 * Ad text quoted for a terminal: JSON escapes quotes and C0 controls; C1 controls and bidi overrides
 * are escaped too, so that an ad cannot move the cursor, recolour or reorder what the reader sees.
 */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const upper = (m: Messages, text: string) => text.toLocaleUpperCase(m.lang);

/** One ad for a person: level and score, what the page said it is, then each flag's title, evidence and why it matters. */
function formatReport(m: Messages, r: ScanReport): string {
  const head = [quote(r.id).slice(1, -1), `${upper(m, m.t(`level.${r.level}`))} · ${m.t('report.score', { score: r.score })}`, `lang=${r.lang}`, `kind=${r.kind}`];
  const lines = [`${head.join('  ')}${r.truncated ? `  (${m.t('report.partial')})` : ''}`];
  // Titles and excerpts are made from page text without control characters (cli/excerpt.ts); the url may come from any input.
  if (r.title) lines.push(`  ${r.title}`);
  if (r.url) lines.push(`  ${quote(r.url)}`);
  if (r.excerpt) lines.push(`  “${r.excerpt}”`);
  for (const f of r.flags) {
    const { title, why } = m.rule(f.rule);
    lines.push(`  ! ${title} [${f.rule}]: ${f.evidence.map((e) => quote(e.text)).join(', ')}`);
    if (why) lines.push(`    ${m.t('report.why')} ${why}`);
  }
  for (const g of r.mitigations) lines.push(`  + ${m.t('report.mitigations')}: ${m.mitigation(g.id)} (${g.evidence.map((e) => quote(e.text)).join(', ')})`);
  for (const c of r.contacts) {
    const notes = [c.obscured && m.t('contact.obscured'), c.freeWebmail && m.t('contact.freeWebmail')].filter(Boolean);
    lines.push(`  ${m.t(`dashboard.contact.${c.type}`)}: ${quote(c.value)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  }
  if (r.flags.length === 0) lines.push(`  ${m.t('report.noSignals')}`);
  return `${lines.join('\n')}\n\n`;
}

/** A helpline as the popup shows it: kind and name, number, notes, and the languages it answers in. */
function lineText(m: Messages, line: HotlineLine): string[] {
  const label = [m.t(`line.${line.kind}`), line.name].filter(Boolean).join(' · ');
  const notes = (line.notes ?? []).map((note) => m.t(`note.${note}`));
  const text = [`${label}: ${line.number}${notes.length > 0 ? ` (${notes.join(' · ')})` : ''}`];
  if (line.languages) {
    const names = new Intl.DisplayNames([m.lang, 'en'], { type: 'language' });
    const list = new Intl.ListFormat(m.lang, { type: 'conjunction', style: 'short' });
    text.push(m.t('help.languages', { languages: list.format(line.languages.map((code) => names.of(code) ?? code)) }));
  }
  return text;
}

/** Who can help a person judge these ads: the first line of the reader's country, that the call can be anonymous, and the emergency number. */
function helpLines(m: Messages, country: string | undefined): string[] {
  const lines = [m.t('help.intro')];
  const entry = hotlinesFor(country);
  if (country === undefined) lines.push(`  ${m.t('help.chooseCountry')}: --country IT, --country DE, …`);
  else if (!entry) lines.push(`  ${m.t('help.noEntry')}`);
  else {
    const name = new Intl.DisplayNames([m.lang, 'en'], { type: 'region' }).of(country) ?? country;
    const [first] = entry.lines;
    if (entry.unconfirmed) lines.push(`  ${m.t('help.unconfirmed')}`);
    if (first) {
      const [main, ...more] = lineText(m, first);
      lines.push(`  ${name} – ${main}`, ...more.map((l) => `    ${l}`));
    }
    for (const address of entry.web ?? []) lines.push(`  ${m.t('help.web')} ${address}`);
    lines.push(`  ${m.t('help.anonymous')}`);
  }
  lines.push(`  ${m.t('help.emergency')} ${emergencyNumber(country)}`);
  return lines;
}

/** The summary after the last ad: how many at each level, that a person judges, and whom to call. */
function footer(m: Messages, count: number, totals: Record<Level, number>, country: string | undefined): string {
  const byLevel = [...LEVELS].reverse().map((level) => `${m.t(`level.${level}`)}: ${m.formatNumber(totals[level])}`);
  return [`${m.tn('page.checked', count)} ${byLevel.join(' · ')}`, m.t('page.disclaimer'), '', ...helpLines(m, country)].join('\n') + '\n';
}

/** `--format text`: a summary to read, in the reader's language, ending with the totals and a helpline. */
export function textWriter(m: Messages, country: string | undefined): Writer {
  const totals: Record<Level, number> = { low: 0, medium: 0, high: 0 };
  let count = 0;
  return {
    start: () => '',
    report: (scored: Scored) => {
      const report = scored.report();
      totals[report.level]++;
      count++;
      return formatReport(m, report);
    },
    end: () => footer(m, count, totals, country),
  };
}
