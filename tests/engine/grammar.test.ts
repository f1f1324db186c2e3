import { describe, expect, it } from 'vitest';
import { normalize } from '../../engine/normalize';
import { tokenize } from '../../engine/tokens';
import { ConceptIndex, findConcepts, STEM_SLACK } from '../../engine/lexicon';
import { grammarContext, matchNear, near } from '../../engine/grammar';
import { adKind } from '../../engine/kind';
import { analyze, buildContext } from '../../engine/analyze';

const index = new ConceptIndex([
  { lang: 'neutral', concepts: { CODE_UNIT: ['rose'], TIME_UNIT: ['h', 'min'] } },
  { lang: 'en', concepts: { CODE_UNIT: ['roses'], TIME_UNIT: ['hour'], NEG: ['never', 'no'], REQUEST: ['ask'], WARN: ['be careful'], DOC: ['passport'], SEND: ['send'] } },
  { lang: 'ro', concepts: { CODE_UNIT: ['trandafir*'] } },
]);
const LANGS = new Set(['neutral', 'en', 'ro'] as const);
const grammarOf = (text: string) =>
  grammarContext(findConcepts(normalize(text), index, { signals: LANGS, context: LANGS, contextConcepts: new Set() }), [], []);
const words = (text: string) => tokenize(normalize(text), index.isWord).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['30min 80 roses', ['30', 'min', '80', 'roses']],
    ['150 r0ses per 1h', ['150', 'roses', 'per', '1', 'h']],
    ['Price 1.500 €, 2,000.50', ['price', '1.500', '2,000.50']],
    ['x9y z', ['x', '9', 'y', 'z']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('reads numbers with thousands separators and decimals', () => {
    const values = tokenize(normalize('1.500 and 2,000.50 and 12'), index.isWord).map((t) => t.value).filter((v) => !Number.isNaN(v));
    expect(values).toEqual([1500, 2000.5, 12]);
  });

  it('numbers sentences and clauses', () => {
    const tokens = tokenize(normalize('one, two. Three'), index.isWord);
    expect(tokens.map((t) => [t.sentence, t.clause])).toEqual([[0, 0], [0, 1], [1, 2]]);
  });
});

describe('lexicon stems', () => {
  it(`a stem takes up to ${STEM_SLACK} more letters`, () => {
    const found = (w: string) => index.lookup(w).some((e) => e.concept === 'CODE_UNIT');
    expect(found('trandafiri')).toBe(true);
    expect(found('trandafirilor')).toBe(true);
    expect(found('trandafirilorului')).toBe(false);
    expect(found('trandafi')).toBe(false);
  });
});

describe('near', () => {
  const rate = near([near(['AMOUNT', 'CODE_UNIT'], { within: 2 }), 'TIME_UNIT'], { within: 6 });
  it.each(['150 roses hour', 'hour – 150 roses', '1h/300 🌹', '30 min 200 trandafiri', 'roses 150 per hour'])('matches a coded rate in any order: %s', (text) => {
    expect(matchNear(grammarOf(text), rate)).toHaveLength(1);
  });

  it.each(['12 roses. Delivery in one hour', 'roses and lilies, shop open every hour, 150 varieties in store'])('keeps to its window and sentence: %s', (text) => {
    expect(matchNear(grammarOf(text), rate)).toHaveLength(0);
  });

  it('keeps the order when asked', () => {
    expect(matchNear(grammarOf('send passport'), near(['SEND', 'DOC'], { ordered: true }))).toHaveLength(1);
    expect(matchNear(grammarOf('passport send'), near(['SEND', 'DOC'], { ordered: true }))).toHaveLength(0);
  });

  it('drops a match when an `unless` concept stands in its sentence', () => {
    expect(matchNear(grammarOf('send passport, be careful'), near(['SEND', 'DOC'], { unless: ['WARN'] }))).toHaveLength(0);
  });
});

describe('scope', () => {
  const request = near(['SEND', 'DOC']);
  it('a plain negation reaches a few words', () => {
    expect(matchNear(grammarOf('no send passport'), request)).toHaveLength(0);
    expect(matchNear(grammarOf('no time today, so send passport'), request)).toHaveLength(1);
  });
  it('a negated request reaches the end of the sentence, across commas', () => {
    expect(matchNear(grammarOf('we never ask you to pay fees, or to send passport copies'), request)).toHaveLength(0);
  });
  it('a warning covers the rest of its sentence, and a short one the sentence before it', () => {
    expect(matchNear(grammarOf('be careful if anyone says send passport'), request)).toHaveLength(0);
    expect(matchNear(grammarOf('they said send passport? be careful.'), request)).toHaveLength(0);
    expect(matchNear(grammarOf('please send passport. we need it today for the ticket and the visa and the rest. be careful'), request)).toHaveLength(1);
  });
  it('a scope can be switched off by a rule whose concept carries its own negation', () => {
    expect(matchNear(grammarOf('no send passport'), near(['SEND', 'DOC'], { scoped: false }))).toHaveLength(1);
  });
});

describe('the kind of ad', () => {
  it.each([
    ['Cockapoo puppies for sale, £200 deposit to reserve, vet checked.', 'sale'],
    ['Two-bedroom flat to let, deposit 1,200, tenants pay utilities.', 'rental'],
    ['Warehouse job, £11.50/hour, apply with your CV.', 'job'],
    ['Sweet girl, incall or outcall, 150 roses per hour.', 'service'],
  ])('%s → %s', (text, kind) => {
    expect(analyze(text).kind).toBe(kind);
  });
  it('takes a page hint first', () => {
    expect(adKind(buildContext('Something to read.').grammar, { type: 'JobPosting' })).toBe('job');
  });
  it('a deposit asked for a puppy is not a job fee; the same deposit in a job ad is', () => {
    expect(analyze('Puppies for sale, £200 deposit to reserve, vet checked.').flags.map((f) => f.rule)).not.toContain('upfront-fee');
    expect(analyze('Cleaning job in Vienna, pay a £200 deposit before you start.').flags.map((f) => f.rule)).toContain('upfront-fee');
  });
});

describe('everyday registers and warnings (English)', () => {
  it.each([
    ['he pays ur flight, u pay him back after', 'costs-repaid-from-wages'],
    ['dont tell ur parents ok', 'keep-it-secret'],
    ['no need papers, start monday', 'no-papers-needed'],
    ['150 roses hour, text me', 'coded-rates'],
    ['hour – 150 roses', 'coded-rates'],
  ])('%s → %s', (text, rule) => {
    expect(analyze(text, { lang: 'en' }).flags.map((f) => f.rule)).toContain(rule);
  });

  it("an employer's anti-scam notice flags none of what it warns against", () => {
    const report = analyze('We never ask for fees, passport scans or card details. Apply on our careers page.', { lang: 'en' });
    expect(report.flags.map((f) => f.category)).not.toEqual(expect.arrayContaining(['document-request']));
    expect(report.flags.map((f) => f.category)).not.toContain('debt-fees');
    expect(report.level).toBe('low');
  });
});

describe('sentences', () => {
  it('a dot followed by a word in lower case ends an abbreviation, not the sentence', () => {
    const sentences = (text: string) => new Set(tokenize(normalize(text), index.isWord).map((t) => t.sentence)).size;
    expect(sentences('Квартирата 200 лв. се удържа от заплатата.')).toBe(1);
    expect(sentences('Flat 200 EUR. Rent due monthly.')).toBe(2);
  });
});

describe('minutes written with an apostrophe', () => {
  it("reads 30' as thirty minutes", () => {
    expect(words("🌹 30' ➡️ 80")).toEqual(['rose', '30', 'min', '80']);
  });
});
