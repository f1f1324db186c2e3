import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { PARSERS } from './pages';

const FIXTURE = readFileSync(new URL('../e2e/fixtures/spa-job-board.html', import.meta.url), 'utf8');

describe('a listing with a detail pane (single-page job board)', () => {
  it('finds every card and the ad shown in the pane, which follows the card clicked', async () => {
    // The fixture builds its cards and pane from its own inline script (trusted fixture: scripts on here).
    const window = new Window({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
    const document = window.document as unknown as Document;
    document.write(FIXTURE);
    const showJob = (window as unknown as { showJob(id: string, push: boolean): void }).showJob;

    const first = extractAds(document);
    expect(first.map((ad) => [ad.key, ad.source])).toEqual([
      ['j1', 'card'], ['j2', 'card'], ['j3', 'card'], ['j4', 'card'], ['job-pane', 'main'],
    ]);
    const pane = first[4]!;
    expect(pane.element?.id).toBe('job-pane');
    expect(pane.title).toBe('Warehouse operative – Verona');
    expect(pane.text).toContain('forklift training provided');

    showJob('j2', false);
    const second = extractAds(document).at(-1)!;
    expect(second.title).toBe('Warehouse staff – start tomorrow, high pay');
    expect(second.text).toContain('Send a photo of your passport');
    await window.happyDOM.close();
  });

  it('no pane beside the cards: no extra ad (furniture and short blocks are not panes)', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li class="c" data-id="c${i}"><h2><a href="/a/${i}">Ad number ${i} title</a></h2><p>Some words about ad ${i}: a room to let near the station, furnished, bills included.</p></li>`).join('');
    const html = `<html><body><main><h1>Ads</h1><div class="layout"><ul>${cards}</ul>` +
      `<aside><h2>Safety tips</h2><p>${'Never pay to apply for a job. '.repeat(12)}</p></aside>` +
      `<div><h2>Filters</h2><p>Short block.</p></div></div></main></body></html>`;
    for (const parse of Object.values(PARSERS)) expect(extractAds(parse(html)).map((ad) => ad.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
  });
});
