import { describe, expect, it } from 'vitest';
import { compose, rx } from '../../rules/lexicon/index';
import { compilePattern } from '../../engine/rule';
import { analyze } from '../../engine/analyze';

const finds = (re: RegExp, text: string) => [...text.matchAll(compilePattern(re))].map((m) => m[0]);

describe('rx: patterns of the debt, document, control and housing rules', () => {
  it.each([
    [/паспорт\w{0,3}/, 'копие на паспорта', ['паспорта']],
    [/διαβατηρι\w{1,3}/, 'αντιγραφο διαβατηριου', ['διαβατηριου']],
    [/opłat\w{0,3}/, 'żadnych opłat', ['opłat']],
  ])('reads \\w as a letter of any script: %s', (re, text, expected) => {
    expect(finds(rx(re), text)).toEqual(expected);
  });

  it('strips diacritics from the pattern like the normalizer does for the text', () => {
    expect(finds(rx(/семейството/), 'при семеиството')).toEqual(['семеиството']);
    expect(finds(rx(/виїзд/), 'до віізду')).toEqual([]);
    expect(finds(rx(/виїзд/), 'виізд')).toEqual(['виізд']);
  });

  it('keeps a leading \\b from applying to the other top-level alternatives', () => {
    expect(finds(rx(/\bfee|€\d+ deposit/), 'a €300 deposit')).toEqual(['€300 deposit']);
  });

  it('composes lexicon parts by name and leaves quantifiers alone', () => {
    expect(finds(compose('{A} \\w{3}', { A: 'pas' }), 'pas abc')).toEqual(['pas abc']);
  });
});

describe('document retention is read as two signals', () => {
  it('flags both the document demand and the control for a kept passport', () => {
    const rules = analyze('Paszport na czas wyjazdu przechowuje pośrednik.', { lang: 'pl' }).flags.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['documents-surrendered', 'documents-withheld']));
  });
});

describe('legitimate context lowers the score', () => {
  it('a licensed agency that charges nothing and pays the flight stays low', () => {
    const report = analyze(
      'Infermieri per la Germania – agenzia per il lavoro autorizzata dal Ministero. Volo pagato dal datore di lavoro, alloggio fornito. Nessun costo per i candidati.',
      { lang: 'it' },
    );
    expect(report.flags.map((f) => f.rule)).toContain('travel-paid-by-recruiter');
    expect(report.mitigations.map((m) => m.id)).toEqual(expect.arrayContaining(['licensed-agency', 'no-fee-statement']));
    expect(report.level).toBe('low');
  });
});
