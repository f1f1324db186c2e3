/**
 * GENERATED test data for cross-ad linking (not real ads): networks that re-post one text under different
 * names, numbers and punctuation through a small pool of phones, among unrelated ads assembled from the
 * same stock phrases (so that unrelated ads overlap a little, as real listings do).
 * Seeded: the same arguments always give the same ads. Used by tests/link and scripts/bench-clusters.ts.
 */
import type { Contact, Report } from '../../engine/types';

export interface GeneratedAd {
  id: string;
  text: string;
  report: Report;
  /** Ground truth: the network whose text this ad re-posts (undefined for an unrelated ad). */
  family?: string;
  phone: string;
}

const NAMES = ['Mia', 'Lara', 'Anna', 'Sofia', 'Elena', 'Viktor', 'Andrei', 'Irina', 'Olga', 'Nina', 'Marta', 'Kasia', 'Ioana', 'Daria', 'Lena', 'Bianca', 'Greta', 'Vera', 'Yana', 'Luisa'];
const CITIES = ['Torino', 'Milano', 'Roma', 'Berlin', 'Wien', 'London', 'Madrid', 'Warszawa', 'Bucuresti', 'Sofia'];
const PHRASES = [
  'sweet girl just arrived from abroad', 'relaxing massage in a quiet flat', 'incall only near the station',
  'available every day also late at night', 'send a message on whatsapp for details', 'no private numbers please',
  'construction helpers needed for a big site', 'cash paid every day in hand', 'we arrange transport and a room near the site',
  'reserve your place with a small deposit', 'no papers no problem for this job', 'no experience needed we train you',
  'work in a friendly team with good colleagues', 'accommodation provided and shared with other workers',
  'hostess wanted for exclusive clubs abroad', 'travel and visa are organised by us', 'salary paid at the end of the season',
  'the ticket is deducted from the first salary', 'send a photo of your passport to book the flight',
  'young women welcome to apply today', 'interviews this week only so hurry', 'do not tell your family about the offer',
  'call or text for more information', 'open to new people who want to earn', 'elegant companion for dinners and events',
  'discreet and clean place with parking', 'apply now and start on monday', 'warehouse workers needed for night shifts',
  'fruit pickers wanted for the summer season', 'care assistants needed for elderly homes',
  'cleaning staff for hotels and offices', 'good pay and weekly advance if you need it', 'documents will be kept safe by the agency',
  'contact only on telegram', 'nice and friendly environment for ladies', 'full board and lodging are included',
];

/** Mulberry32: a small seeded PRNG so the data is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function phoneNumber(r: () => number): string {
  let digits = '3';
  for (let i = 0; i < 9; i++) digits += Math.floor(r() * 10);
  return `+39${digits}`;
}

/** The phone as an ad writer types it: spaced, dotted or run together. */
function writtenPhone(r: () => number, e164: string): string {
  const national = e164.slice(3);
  const styles = [national, `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`, `+39 ${national.slice(0, 3)}.${national.slice(3)}`];
  return pick(r, styles);
}

const PUNCTUATION = ['. ', ', ', '! ', ' – ', '... ', ' 🌹 '];

/** One telling of a network's text: its own name, city, numbers and punctuation. */
function render(r: () => number, phrases: readonly string[], phone: string): string {
  const name = pick(r, NAMES);
  const city = pick(r, CITIES);
  const parts = [`${name} ${pick(r, ['–', ',', ':'])} ${phrases[0] as string}`];
  phrases.slice(1).forEach((p, i) => {
    parts.push(i === 1 ? `${p} in ${city}` : i === 2 ? `${p} ${Math.floor(r() * 200) + 20} euro` : p);
  });
  let text = '';
  parts.forEach((p, i) => {
    text += (i === 0 ? '' : pick(r, PUNCTUATION)) + p;
  });
  return `${text}. Tel ${writtenPhone(r, phone)}`;
}

/** A re-poster's small slips: a word dropped, a word doubled, two letters swapped. */
function smallEdits(r: () => number, text: string): string {
  const words = text.split(' ');
  const edits = Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const at = 1 + Math.floor(r() * (words.length - 4)); // never the name at the start or the phone at the end
    const word = words[at] as string;
    const kind = Math.floor(r() * 3);
    if (kind === 0) words.splice(at, 1);
    else if (kind === 1) words.splice(at, 0, word);
    else if (word.length > 3) words[at] = word.slice(0, 1) + (word[2] as string) + (word[1] as string) + word.slice(3);
  }
  return words.join(' ');
}

function report(id: string, text: string, phone: string): Report {
  // The written phone closes the text, after "Tel ".
  const at = text.lastIndexOf('Tel ') + 4;
  const contact: Contact = { type: 'phone', value: phone, evidence: { start: at, end: text.length, text: text.slice(at) } };
  return { id, lang: 'en', kind: 'job', score: 0, level: 'low', flags: [], mitigations: [], contacts: [contact] };
}

export interface GenerateOptions {
  networks: number;
  /** Ads per network (each re-posts the network's text). */
  adsPerNetwork: number;
  /** Phones a network rotates through. */
  phonesPerNetwork: number;
  /** Unrelated ads that share about half of a network's phrases: must not join its group. */
  lookalikesPerNetwork?: number;
  unrelated: number;
  seed?: number;
}

export function generateAds(o: GenerateOptions): GeneratedAd[] {
  const r = rng(o.seed ?? 42);
  const ads: GeneratedAd[] = [];
  const phraseSet = () => {
    const count = 5 + Math.floor(r() * 4);
    const chosen: string[] = [];
    while (chosen.length < count) {
      const p = pick(r, PHRASES);
      if (!chosen.includes(p)) chosen.push(p);
    }
    return chosen;
  };
  for (let n = 0; n < o.networks; n++) {
    const phrases = phraseSet();
    const phones = Array.from({ length: o.phonesPerNetwork }, () => phoneNumber(r));
    for (let k = 0; k < o.adsPerNetwork; k++) {
      const phone = pick(r, phones);
      const id = `net${n}-ad${k}`;
      const text = smallEdits(r, render(r, phrases, phone));
      ads.push({ id, text, report: report(id, text, phone), family: `net${n}`, phone });
    }
    // Hard negatives: unrelated ads that share about half of this network's phrases.
    for (let k = 0; k < (o.lookalikesPerNetwork ?? 0); k++) {
      const phone = phoneNumber(r);
      const id = `look${n}-${k}`;
      const mixed = phrases.map((p, i) => (i % 2 === k % 2 ? p : pick(r, PHRASES)));
      const text = render(r, mixed, phone);
      ads.push({ id, text, report: report(id, text, phone), phone });
    }
  }
  for (let u = 0; u < o.unrelated; u++) {
    const phone = phoneNumber(r);
    const id = `solo${u}`;
    const text = render(r, phraseSet(), phone);
    ads.push({ id, text, report: report(id, text, phone), phone });
  }
  // Interleave deterministically, as a feed would.
  return ads.map((ad, i) => ({ ad, key: (i * 2654435761) >>> 0 })).sort((a, b) => a.key - b.key).map((x) => x.ad);
}
