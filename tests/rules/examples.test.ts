import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { LANGUAGES } from '../../engine/types';
import { MITIGATIONS, RULES } from '../../rules/index';
import type { RuleLanguage } from '../../engine/rule';

// One test walks every rule, every language and every example (the ESLint rule-tester habit).
describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  const entries = Object.entries(rule.languages) as [RuleLanguage, NonNullable<(typeof rule.languages)['en']>][];

  it('has examples that flag and examples that pass in every language it covers', () => {
    for (const [lang, rules] of entries) {
      expect(rules.examples.flag.length, `${rule.id}/${lang} flag examples`).toBeGreaterThan(0);
      expect(rules.examples.pass.length, `${rule.id}/${lang} pass examples`).toBeGreaterThan(0);
    }
  });

  for (const [lang, rules] of entries) {
    const hint = lang === 'neutral' ? undefined : lang;
    for (const example of rules.examples.flag) {
      it(`${lang}: flags «${example.text.slice(0, 60)}»`, () => {
        const report = analyze(example.text, { lang: hint });
        const flag = report.flags.find((f) => f.rule === rule.id);
        expect(flag, `${rule.id} did not flag`).toBeDefined();
        const found = flag?.evidence.map((e) => e.text) ?? [];
        for (const expected of example.evidence) expect(found).toContain(expected);
        for (const e of flag?.evidence ?? []) expect(example.text.slice(e.start, e.end)).toBe(e.text);
      });
    }
    for (const text of rules.examples.pass) {
      it(`${lang}: passes «${text.slice(0, 60)}»`, () => {
        const report = analyze(text, { lang: hint });
        expect(report.flags.map((f) => f.rule)).not.toContain(rule.id);
      });
    }
  }
});

describe.each(MITIGATIONS.map((m) => [m.id, m] as const))('mitigation %s', (_id, mitigation) => {
  for (const [lang, rules] of Object.entries(mitigation.languages)) {
    const hint = lang === 'neutral' ? undefined : lang;
    for (const example of rules?.examples.flag ?? []) {
      it(`${lang}: finds «${example.text.slice(0, 60)}»`, () => {
        const found = analyze(example.text, { lang: hint }).mitigations.find((m) => m.id === mitigation.id);
        expect(found?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(example.evidence));
      });
    }
    for (const text of rules?.examples.pass ?? []) {
      it(`${lang}: does not find it in «${text.slice(0, 60)}»`, () => {
        expect(analyze(text, { lang: hint }).mitigations.map((m) => m.id)).not.toContain(mitigation.id);
      });
    }
  }
});

describe('rule conventions', () => {
  it('rules/index.ts lists every rule file (run scripts/gen-rule-index.mjs)', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('../../rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });

  it('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('every language key is a supported language or neutral', () => {
    for (const rule of RULES) {
      for (const lang of Object.keys(rule.languages)) expect([...LANGUAGES, 'neutral']).toContain(lang);
    }
  });
});
