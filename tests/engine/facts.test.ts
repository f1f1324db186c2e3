import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { displayScore, SCORE } from '../../engine/score';

const rules = (text: string, lang?: string) => analyze(text, { lang }).flags.map((f) => f.rule);

describe('one fact, one flag', () => {
  it('a photo of the passport is a passport request, not also a request for photos', () => {
    const found = rules('Invia la foto del passaporto su WhatsApp', 'it');
    expect(found).toContain('passport-requested');
    expect(found).not.toContain('photos-requested');
  });

  it('the same phrase is listed once in a flag, whatever its case', () => {
    const report = analyze('HOSTESS per locali in Svizzera. Hostess ben pagate, viaggio pagato da noi, rimborso dal primo stipendio.', { lang: 'it' });
    for (const f of report.flags) {
      const texts = f.evidence.map((e) => e.text.toLocaleLowerCase());
      expect(new Set(texts).size, f.rule).toBe(texts.length);
    }
  });

  it('a kept passport stays two signals of two categories, as the catalogue labels it', () => {
    expect(rules('Paszport na czas wyjazdu przechowuje pośrednik.', 'pl')).toEqual(expect.arrayContaining(['documents-surrendered', 'documents-withheld']));
  });
});

describe('contacts that are contacts', () => {
  it('a postcode glued to a house number before a street is not a phone', () => {
    const report = analyze('Corpus Christi TX 7840115600 San Pedro Ave, cashier wanted, apply in store');
    expect(report.contacts.filter((c) => c.type === 'phone')).toEqual([]);
  });
  it('a phone followed by other words is still a phone', () => {
    expect(analyze('Call 07700 900417 today, near Oxford Street').contacts.map((c) => c.type)).toContain('phone');
  });
});

describe('a score that ranks', () => {
  it('keeps the points up to the high threshold and compresses them above, never reaching 100', () => {
    expect(displayScore(30)).toBe(30);
    expect(displayScore(SCORE.highAt)).toBe(SCORE.highAt);
    expect(displayScore(100)).toBeLessThan(displayScore(150));
    expect(displayScore(150)).toBeLessThan(displayScore(300));
    expect(displayScore(10_000)).toBeLessThan(100);
  });
});

describe('lawful work in an exposed trade', () => {
  it('a named employer with a written contract is not high on the trade, pay and travel alone', () => {
    expect(analyze('Cruise ship dancer, $3,200 a month, contract with Royal Caribbean, flights paid.').level).toBe('medium');
  });
  it('the same contract does not excuse a passport sent on WhatsApp to nobody named', () => {
    expect(analyze('Dancers for Dubai, $4,000 a month, written contract, send passport copy on WhatsApp').level).toBe('high');
  });
});
