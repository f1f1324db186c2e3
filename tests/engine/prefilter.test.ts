import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalPrefixes, requiredLiterals } from '../../engine/prefilter';
import { normalize } from '../../engine/normalize';
import { MITIGATIONS, RULES } from '../../rules/index';

describe('literalPrefixes', () => {
  it.each([
    ['registration fee', ['registration fee']],
    ['(?:visa|placement) fees?', ['visa fee', 'placement fee']],
    ['\\bs\\.?r\\.?l\\b', ['srl', 's.rl', 'sr.l', 's.r.l']],
    ['(?<![a-z])no (?:fee|cost)', ['no fee', 'no cost']],
    ['(?:te )?pagamos', ['pagamos', 'te pagamos']],
    ['x+y', ['x']],
  ])('%s starts with %j', (source, prefixes) => {
    expect(literalPrefixes(source)?.sort()).toEqual([...prefixes].sort());
  });

  it.each(['\\d+ euro', '[a-z]{0,20}gebuhr', '(a)\\1'])('%s has no prefix', (source) => {
    expect(literalPrefixes(source)).toBeUndefined();
  });
});

describe('requiredLiterals', () => {
  it.each([
    ['\\d{1,3} ?(?:roses|gifts)', ['roses', 'gifts'], 4],
    ['(?:te )?(?:pagamos|cubrimos) el viaje', ['pagamos el viaje', 'cubrimos el viaje', 'te pagamos el viaje', 'te cubrimos el viaje'], 0],
    ['[a-z]{0,20}(?:vermittlungs|anmelde)gebuhr', ['vermittlungs', 'anmelde'], 20],
    ['^\\s*досуг', ['досуг'], Infinity],
    ['\\d+ ?€', ['€'], Infinity],
  ])('%s contains one of %j at most %d characters in', (source, literals, lead) => {
    expect(requiredLiterals(source)).toEqual({ literals, lead });
  });

  it.each(['\\d+ ?[a-z]+', '(?:a|b)\\s+c', '(a)\\1'])('%s has no literal worth looking for', (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });

  // The promise the matcher builds on: every match of every rule pattern, on real ads, contains one of
  // its literals no more than `lead` characters after its start.
  it('holds for every pattern of every rule on the devset', { timeout: 120_000 }, () => {
    const texts = readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'devset', 'ads.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => normalize((JSON.parse(l) as { text: string }).text).text);
    let checked = 0;
    for (const rule of [...RULES, ...MITIGATIONS]) {
      for (const lang of Object.values(rule.compiled)) {
        for (const re of [...(lang?.patterns ?? []), ...(lang?.unless ?? []), ...(lang?.unlessAd ?? [])]) {
          const required = requiredLiterals(re.source);
          if (!required) continue;
          for (const text of texts) {
            for (const m of text.matchAll(re)) {
              const within = m[0].slice(0, Number.isFinite(required.lead) ? required.lead + Math.max(...required.literals.map((l) => l.length)) : undefined);
              const found = required.literals.some((l) => {
                const at = m[0].indexOf(l);
                return at >= 0 && at <= required.lead;
              });
              expect(found, `${rule.id}: ${re.source.slice(0, 80)} on "${m[0]}" (${within})`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
