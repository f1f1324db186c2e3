import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { PARSERS } from './pages';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FORUM = fixture('forum-thread.html');
const COMMENTS = fixture('ad-with-comments.html');

describe.each(Object.entries(PARSERS))('posts of a thread or of comments are items of their own (%s)', (_name, parse) => {
  it('a forum thread of three posts is three ads: the warning in one post is not read with the request in another', () => {
    const ads = extractAds(parse(FORUM));
    expect(ads.map((ad) => [ad.key, ad.source])).toEqual([['p101', 'post'], ['p102', 'post'], ['p103', 'post']]);
    const [offer, warning, reply] = ads;
    expect(offer!.title).toBe('Hostess work in Dubai – anyone tried?');
    expect(offer!.text).toContain('send a photo of my passport on WhatsApp');
    expect(offer!.text).not.toContain('Be careful');
    expect(warning!.text).toContain('Be careful: never send your passport');
    expect(warning!.text).not.toContain('WhatsApp');
    expect(reply!.text).toBe('ana.r 3 Nov 2026\nSame agency here. Do not go, call a helpline first.');
  });

  it('the same thread written as <article> siblings, with no class names: three ads', () => {
    const html = FORUM.replace(/<div class="post" id="(p\d+)">([\s\S]*?)\n {4}<\/div>\n/g, '<article id="$1">$2\n    </article>\n');
    expect(html.match(/<article /g)).toHaveLength(3);
    expect(extractAds(parse(html)).map((ad) => ad.key)).toEqual(['p101', 'p102', 'p103']);
  });

  it('an ad with comments: the ad, then each comment without its replies (each a comment of its own), without reply or report links', () => {
    const ads = extractAds(parse(COMMENTS));
    expect(ads.map((ad) => [ad.key, ad.source])).toEqual([['c-7781', 'main'], ['cm-1', 'post'], ['cm-2', 'post'], ['cm-3', 'post']]);
    const [ad, first, answer, spam] = ads;
    expect(ad!.title).toBe('Cleaner for a family home in Milan');
    expect(ad!.text).toContain('Regular contract with the INPS domestic-work scheme');
    expect(ad!.text).not.toMatch(/Comments|passport|experience with families/);
    expect(first!.text).toContain('five years of experience with families');
    expect(first!.text).not.toContain('Please send us a message');
    expect(answer!.text).toContain('Please send us a message through the site');
    expect(spam!.text).toContain('Send a photo of your passport on Telegram');
    for (const post of [first, answer, spam]) expect(post!.text).not.toMatch(/\b(?:Reply|Report)\b/);
  });

  it('3,000 replies each nested in the one before: each is read once, as an item of its own, without overflowing', () => {
    const depth = 3000;
    const open = Array.from({ length: depth }, (_, i) => `<div class="comment" id="r${i}"><p>Reply number ${i} to the thread, in a sentence.</p><div class="replies">`).join('');
    const html = `<html><body><main><h1>Thread</h1><section class="comments">${open}${'</div></div>'.repeat(depth)}</section></main></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(depth);
    expect(ads[1234]).toMatchObject({ key: 'r1234', text: 'Reply number 1234 to the thread, in a sentence.' });
  });
});
