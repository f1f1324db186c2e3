import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactKey, jaccard, linkAds, maskedTokens, shingleSet, withLinks, type LinkableAd } from '../../engine/link/index';
import type { Contact, Flag, Report } from '../../engine/types';
import { generateAds } from './generate';

/** A contact as detectors/contacts.ts gives it: canonical value, evidence where `written` sits in the text. */
function contact(type: Contact['type'], value: string, text: string, written = value): Contact {
  const start = Math.max(0, text.indexOf(written));
  return { type, value, evidence: { start, end: start + written.length, text: text.slice(start, start + written.length) } };
}

function ad(id: string, text: string, contacts: Contact[] = [], flags: Flag[] = []): LinkableAd {
  const report: Report = { id, lang: 'en', kind: 'job', score: 0, level: 'low', flags, mitigations: [], contacts };
  return { id, text, report };
}

/** Pairs of ads put in one duplicate-text cluster, as "a|b" with a < b. */
function duplicatePairs(ads: LinkableAd[]): Set<string> {
  const pairs = new Set<string>();
  for (const c of linkAds(ads).clusters) {
    if (c.kind !== 'duplicate-text') continue;
    for (const a of c.adIds) for (const b of c.adIds) if (a < b) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

describe('contactKey', () => {
  it.each([
    [{ type: 'phone', value: '+393296041177' }, 'phone:+393296041177'],
    [{ type: 'whatsapp', value: '+393296041177' }, 'phone:+393296041177'],
    [{ type: 'email', value: 'Lara.Vip@Mail.com' }, 'email:lara.vip@mail.com'],
    [{ type: 'telegram', value: '@Lara_VIP' }, 'telegram:lara_vip'],
    [{ type: 'url', value: 'https://example.com/jobs' }, undefined],
    [{ type: 'telegram', value: 'telegram' }, undefined],
    [{ type: 'whatsapp', value: 'chat.whatsapp.com/AbC123' }, 'whatsapp:chat.whatsapp.com/abc123'],
    [{ type: 'phone', value: '329 604' }, undefined],
    [{ type: 'email', value: '  ' }, undefined],
  ] as const)('%o → %s', (c, key) => {
    expect(contactKey(c)).toBe(key);
  });
});

describe('maskedTokens', () => {
  it('masks names, numbers and punctuation, and folds accents, case and look-alike letters', () => {
    const a = maskedTokens('Mia – sweet 19yo girl, just arrived! Tel 07700 900561');
    const b = maskedTokens('LARA: sweet 21yo girl just arrived... tel. +44 7700 900 561');
    expect(a).toEqual(maskedTokens('Lara, sweet 21yo girl just arrived. Tel +44 7700 900561'));
    expect(b.slice(1)).toEqual(['sweet', a[2], 'girl', 'just', 'arrived', 'tel', a[2]]);
    expect(maskedTokens('сafé рrice')).toEqual(maskedTokens('cafe price')); // Cyrillic С, р; é
    expect(maskedTokens('no\u200Bpapers')).toEqual(['nopapers']);
  });

  it('leaves too-short texts out of the comparison', () => {
    expect(shingleSet('Call Mia now 333 1234567').length).toBe(0);
    expect(shingleSet('').length).toBe(0);
  });
});

describe('jaccard', () => {
  it('is 1 for texts that differ only in names, numbers and punctuation, low for different texts', () => {
    const a = shingleSet('Viktor: construction helpers needed in Germany, cash €120 daily. We arrange transport and a room.');
    const b = shingleSet('Andrei – construction helpers needed in Austria; cash €150 daily! We arrange transport and a room');
    const c = shingleSet('Seasonal florist assistant needed for the busy week, some experience preferred, apply with your CV.');
    expect(jaccard(a, b)).toBe(1);
    expect(jaccard(a, c)).toBe(0);
  });
});

describe('linkAds: shared contacts', () => {
  const texts = ['Anna here, call me 329 604 1177', 'Lara new in town 3296041177', 'Sofa for sale, call 0114 496 0581', 'Write to lara@mail.com'];
  const ads = [
    ad('a', texts[0] as string, [contact('phone', '+393296041177', texts[0] as string, '329 604 1177')]),
    ad('b', texts[1] as string, [contact('whatsapp', '+393296041177', texts[1] as string, '3296041177'), contact('email', 'lara@mail.com', texts[1] as string)]),
    ad('c', texts[2] as string, [contact('phone', '+441144960581', texts[2] as string, '0114 496 0581')]),
    ad('d', texts[3] as string, [contact('email', 'lara@mail.com', texts[3] as string)]),
  ];

  it('groups ads by contact and flags each with how many others share it', () => {
    const { clusters, flagsById } = linkAds(ads);
    expect(clusters.map((c) => [c.id, c.adIds])).toEqual([
      ['contact:email:lara@mail.com', ['b', 'd']],
      ['contact:phone:+393296041177', ['a', 'b']],
    ]);
    const b = flagsById.get('b')?.find((f) => f.category === 'shared-contact');
    expect(b).toMatchObject({ rule: 'shared-contact', strength: 'medium', weight: 20, detail: { others: 2 } });
    expect(flagsById.get('a')?.[0]?.detail).toEqual({ others: 1 });
    expect(flagsById.has('c')).toBe(false);
  });

  it('gives the ad its own contact spans as evidence', () => {
    const flag = linkAds(ads).flagsById.get('a')?.[0];
    expect(flag?.evidence).toEqual([{ start: 19, end: 31, text: '329 604 1177' }]);
  });

  it('does not link an ad with itself when it repeats its phone or appears twice', () => {
    const text = 'Tel 3296041177 or WhatsApp 3296041177';
    const once = ad('x', text, [contact('phone', '+393296041177', text), contact('whatsapp', '+393296041177', text)]);
    expect(linkAds([once, once]).clusters).toEqual([]);
  });
});

describe('linkAds: near-duplicate text', () => {
  it('groups re-posts with changed names, numbers and punctuation, and leaves unrelated ads alone', () => {
    const ads = [
      ad('1', 'Mia – sweet 19yo girl just arrived from abroad 🌹150/h, incall only, Zone 1. Tel 07700 900561'),
      ad('2', 'Warehouse packers wanted in Tilburg, day and night shifts, pay per hour, apply on our website today.'),
      ad('3', 'Lara... sweet 21yo girl just arrived from abroad 🌹 200/h - incall only - Zone 2! Tel 07700 900 999'),
      ad('4', 'Sweet florist assistant wanted: just arrived roses need conditioning, apply from abroad by email only.'),
    ];
    const { clusters, flagsById } = linkAds(ads);
    expect(clusters).toEqual([{ kind: 'duplicate-text', id: 'text:1', adIds: ['1', '3'], similarity: 1 }]);
    expect(flagsById.get('3')).toEqual([
      { rule: 'duplicate-text', category: 'duplicate-text', strength: 'weak', weight: 10, evidence: [{ start: 0, end: (ads[2] as LinkableAd).text.length, text: (ads[2] as LinkableAd).text }], detail: { others: 1 } },
    ]);
  });

  it('finds the networks of generated data with no false pairs', () => {
    const ads = generateAds({ networks: 30, adsPerNetwork: 8, phonesPerNetwork: 3, lookalikesPerNetwork: 2, unrelated: 500, seed: 7 });
    const found = duplicatePairs(ads);
    const family = new Map(ads.map((a) => [a.id, a.family]));
    const wrong = [...found].filter((p) => {
      const [x, y] = p.split('|') as [string, string];
      return family.get(x) === undefined || family.get(x) !== family.get(y);
    });
    expect(wrong).toEqual([]);
    // Every network is one group: re-posts that drift below the threshold pairwise stay joined through the others.
    const groups = linkAds(ads).clusters.filter((c) => c.kind === 'duplicate-text');
    expect(groups.map((g) => g.adIds.length).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, () => 8));
  });

  it('links generated networks through their phone pools, and no unrelated ads', () => {
    const ads = generateAds({ networks: 20, adsPerNetwork: 6, phonesPerNetwork: 2, lookalikesPerNetwork: 1, unrelated: 300, seed: 11 });
    const byId = new Map(ads.map((a) => [a.id, a]));
    const contactClusters = linkAds(ads).clusters.filter((c) => c.kind === 'shared-contact');
    expect(contactClusters.length).toBeGreaterThanOrEqual(20);
    for (const c of contactClusters) {
      const families = new Set(c.adIds.map((id) => byId.get(id)?.family));
      expect(families.size).toBe(1);
      expect(families.has(undefined)).toBe(false);
    }
  });

  it('gives the same clusters whatever the run, and does not depend on unrelated ads', () => {
    const ads = generateAds({ networks: 10, adsPerNetwork: 5, phonesPerNetwork: 2, unrelated: 100, seed: 3 });
    const first = linkAds(ads);
    expect(linkAds(ads)).toEqual(first);
    const networkOnly = ads.filter((a) => a.family !== undefined);
    const dupIds = (r: ReturnType<typeof linkAds>) => r.clusters.filter((c) => c.kind === 'duplicate-text').map((c) => [...c.adIds].sort());
    expect(dupIds(linkAds(networkOnly)).sort()).toEqual(dupIds(first).sort());
  });

  it('does not crash on empty, huge or odd input', () => {
    expect(linkAds([]).clusters).toEqual([]);
    const odd = [ad('e', ''), ad('f', '🌹'.repeat(1000)), ad('g', 'a '.repeat(50_000)), ad('h', 'a '.repeat(50_000))];
    expect(linkAds(odd).clusters.map((c) => c.adIds)).toEqual([['g', 'h']]);
  });
});

describe('withLinks', () => {
  it('adds the cross-ad flags, replaces older ones and recomputes score and level', () => {
    const text = 'New girl just arrived, 20 min 50 roses. 329 604 1177';
    const coded: Flag = { rule: 'coded-rates', category: 'coded-payment', strength: 'strong', weight: 40, evidence: [] };
    const stale: Flag = { rule: 'shared-contact', category: 'shared-contact', strength: 'medium', weight: 20, evidence: [], detail: { others: 9 } };
    const ads = [
      ad('a', text, [contact('phone', '+393296041177', text)], [coded, stale]),
      ad('b', 'Elegant companion for dinners and events. 3296041177', [contact('phone', '+393296041177', '3296041177')]),
    ];
    const [a, b] = withLinks(ads);
    expect(a?.flags.map((f) => [f.rule, f.detail?.others])).toEqual([['coded-rates', undefined], ['shared-contact', 1]]);
    expect(a).toMatchObject({ score: 60, level: 'high' });
    expect(b).toMatchObject({ score: 20, level: 'low' });
    expect(ads[0]?.report.flags).toHaveLength(2); // the input is not changed
  });
});

describe('linkAds on arbitrary input', () => {
  it('never throws and always gives the same answer', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('Mia – sweet 19yo girl just arrived from abroad, incall only, Zone 1. Tel 07700 900561'));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom('+393296041177', '+447700900561', 'lara@mail.it')), { maxLength: 20 }), (rows) => {
        const ads = rows.map(([t, value], i) => ad(String(i), t, [contact(value.includes('@') ? 'email' : 'phone', value, t)]));
        const first = linkAds(ads);
        expect(linkAds(ads)).toEqual(first);
        for (const c of first.clusters) expect(c.adIds.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });
});
