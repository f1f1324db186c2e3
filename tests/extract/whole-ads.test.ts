import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { CUT_MARK, MAX_AD_TEXT, readText } from '../../utils/extract/text';
import { hiddenByMarkup } from '../../utils/extract/visibility';
import { PARSERS } from './pages';

const FLAGS = 'Send a photo of your passport on WhatsApp to book the ticket.';
const card = (i: number, body: string) => `<li class="job" data-job-id="j${i}"><h3><a href="/jobs/${i}">Warehouse job ${i} in Verona</a></h3><p>Full-time, written contract, 1,600 euro a month.</p>${body}</li>`;
const listing = (...bodies: string[]) => `<html><body><ul class="results">${bodies.map((b, i) => card(i, b)).join('')}</ul></body></html>`;
const filler = (n: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n);

describe.each(Object.entries(PARSERS))('whole ads and hidden text (%s)', (_name, parse) => {
  it('red flags after 23,000 characters of visible padding are read: the ad is read whole, the listing stays a listing', () => {
    const plain = Array.from({ length: 8 }, () => '<p>Plain ad.</p>');
    const ads = extractAds(parse(listing('<p>Plain ad.</p>', `<p>${filler(23_000)}</p><p>${FLAGS}</p>`, ...plain)));
    expect(ads.map((ad) => ad.key)).toEqual(Array.from({ length: 10 }, (_, i) => `j${i}`));
    expect(ads[1]!.text).toContain(FLAGS);
    expect(ads[1]!.truncated).toBeUndefined();
  });

  it('an ad longer than the engine reads keeps its start and its end, and says it was not read whole', () => {
    const ads = extractAds(parse(`<html><body><main><h1>Hostess wanted</h1><p>${FLAGS}</p><p>${filler(150_000)}</p><p>Travel paid, repaid from your salary. ${FLAGS}</p></main></body></html>`));
    expect(ads).toHaveLength(1);
    const { text, truncated } = ads[0]!;
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_AD_TEXT);
    expect(text.startsWith(`Hostess wanted\n${FLAGS}`)).toBe(true);
    expect(text.endsWith(`Travel paid, repaid from your salary. ${FLAGS}`)).toBe(true);
    expect(text.split(CUT_MARK)).toHaveLength(2);
  });

  it('the end of a long ad keeps its lines; a huge single text node is cut, not copied whole', () => {
    const doc = parse(`<html><body><div id="ad">${Array.from({ length: 40 }, (_, i) => `<p>para ${i + 1}</p>`).join('')}</div><div id="huge">start ${'x'.repeat(6_000_000)} end</div></body></html>`);
    const lines = readText(doc.getElementById('ad')!, { max: 100 });
    expect(lines.whole).toBe(false);
    expect(lines.text.startsWith('para 1\npara 2\n')).toBe(true);
    expect(lines.text.endsWith('\npara 39\npara 40')).toBe(true);
    expect(lines.text.length).toBeLessThanOrEqual(100);
    const huge = readText(doc.getElementById('huge')!);
    expect(huge.whole).toBe(false);
    expect(huge.text.length).toBeLessThanOrEqual(MAX_AD_TEXT);
    expect(huge.text.startsWith('start xxx')).toBe(true);
    expect(huge.text.endsWith('xxx end')).toBe(true);
  });

  it('text hidden by the markup (utility classes, inline styles) is neither read nor weighed: a padded card is still a card, its flags read', () => {
    const hidden = [
      `<div class="d-none">${filler(23_000)}</div>`,
      `<span class="sr-only">${filler(500)}</span>`,
      `<div class="printonly">Print copy ${filler(300)}</div>`,
      `<div class="is-hidden">Reserved</div>`,
      `<div style="opacity:0">${filler(400)}</div>`,
    ].join('');
    const ads = extractAds(parse(listing('<p>Plain ad.</p>', `${hidden}<p>${FLAGS}</p>`, '<p>Plain ad.</p>', '<p>Plain ad.</p>')));
    expect(ads.map((ad) => ad.key)).toEqual(['j0', 'j1', 'j2', 'j3']);
    expect(ads[1]!.text).toBe(`Warehouse job 1 in Verona\nFull-time, written contract, 1,600 euro a month.\n${FLAGS}`);
  });

  it('a class that hides only on small screens (Tailwind "hidden md:block", Bootstrap "d-none d-md-block") is read', () => {
    const doc = parse('<html><body><p id="a" class="hidden md:block">wide screens</p><p id="b" class="d-none d-md-block">too</p><p id="c" class="hidden-xs">and this</p><p id="d" class="d-md-none d-none">never</p></body></html>');
    expect(['a', 'b', 'c', 'd'].map((id) => hiddenByMarkup(doc.getElementById(id)!))).toEqual([false, false, false, true]);
  });
});
