import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAds, type ExtractedAd } from '../../utils/extract/index';
import { DEVSET_PAGES, PARSERS, readPage } from './pages';

const SEEK_PAGE = readFileSync(new URL('./fixtures/seek-job.html', import.meta.url), 'utf8');
/** The same page as a board without SEEK's test hooks ("report-job-ad-toggle"): only hashed class names, nothing that names a part. */
const SEEK_LIKE_PAGE = SEEK_PAGE.replace(/ data-automation="[^"]*"/g, '');

/** What the board adds around the ad on the fixture: none of it may reach the ad's text. */
const SEEK_FURNITURE = [
  'Be careful', 'bank or credit card', 'protect yourself', 'Report this job', 'Reason for reporting', 'Your email address',
  'Additional comments', 'fast track investigation', 'Share this job', 'WhatsApp', 'Facebook', 'cookies', 'Accept all',
  'Similar jobs', 'Forklift Driver – Night Shift', 'Job search', 'Career advice', 'All rights reserved',
];
/** What the advertiser wrote: all of it must. */
const SEEK_AD = ['Warehouse Storeperson', 'Southbank Freight Pty Ltd', 'Dandenong South', '$32 – $35 per hour', 'Picking and packing orders', 'There are no fees of any kind for applicants.'];

function expectClean(ad: ExtractedAd, wanted: string[], furniture: string[]): void {
  for (const phrase of wanted) expect(ad.text, phrase).toContain(phrase);
  for (const phrase of furniture) expect(ad.text, phrase).not.toContain(phrase);
}

describe.each(Object.entries(PARSERS))('page furniture inside an ad (%s)', (_name, parse) => {
  it('a SEEK job page as saved: its safety box, report form, share bar, cookie banner and rail are left out', () => {
    const ads = extractAds(parse(SEEK_PAGE));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.title).toBe('Warehouse Storeperson');
    expect(ads[0]!.element?.getAttribute('data-automation')).toBe('jobDetailsPage');
    expectClean(ads[0]!, SEEK_AD, SEEK_FURNITURE);
  });

  it('the same page with no hooks (a board never seen): the generic path leaves out the same furniture', () => {
    const ads = extractAds(parse(SEEK_LIKE_PAGE));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.source).toBe('main');
    expect(ads[0]!.title).toBe('Warehouse Storeperson');
    expectClean(ads[0]!, [...SEEK_AD, 'Employer questions', 'Company profile'], SEEK_FURNITURE);
  });

  it('the devset job page read from its markup: its "Report this job" footer and its sidebar are left out', () => {
    // Without its JSON-LD the page is read from its main content.
    const html = readPage(DEVSET_PAGES, 'job-detail.html').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expectClean(ads[0]!, ['Care Assistant', 'Prime Care Pathways', 'Sponsorship and processing fee £4,500', 'copy of your passport on WhatsApp'], ['Report this job', 'Similar jobs', 'Stay safe', 'Find jobs']);
  });

  it('a share link is furniture, a messenger contact is the ad’s; a "write a message" box is furniture', () => {
    const html = `<html><body><div class="x1">
      <div class="x2"><h1>Babysitter for two children</h1><p class="x3">Turin · 10 € per hour</p>
        <p class="x4"><a href="https://wa.me/393331234567">WhatsApp 333 123 4567</a></p></div>
      <div class="x5"><p>We are looking for a babysitter for our two children aged 4 and 7, weekday afternoons from 4 to 7 pm.</p>
        <p>Pick-up from school, homework and play. Experience with young children and Italian or English required.</p></div>
      <div class="x6"><a href="https://api.whatsapp.com/send?text=Babysitter%20Turin">WhatsApp</a> <a href="https://twitter.com/intent/tweet?url=x">Post</a></div>
      <div class="x7"><h2>Write to the advertiser</h2><textarea></textarea><button>Send</button></div>
    </div></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expectClean(ads[0]!, ['Babysitter for two children', 'WhatsApp 333 123 4567', 'Pick-up from school'], ['Post', 'Write to the advertiser']);
    expect(ads[0]!.text.match(/WhatsApp/g)).toHaveLength(1);
  });

  it('what the advertiser writes in the description stays, however it is marked up (no hiding behind furniture names or links)', () => {
    const html = `<html><body><article><h1>Hostess for a club abroad</h1>
      <div class="meta"><span>Posted today</span> <a href="/report/55">Report ad</a></div>
      <div class="description">
        <p>Work as a hostess in a club, 4000 euro a month, no experience needed, flights paid by us.</p>
        <div class="share-box safety-tips"><a href="/safety">Send a photo of your passport on Telegram to book the ticket.</a></div>
        <p>Beware of scammers: we never ask candidates for fees.</p>
      </div></article></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expectClean(ads[0]!, ['Send a photo of your passport on Telegram', 'Beware of scammers: we never ask candidates for fees.', '4000 euro a month'], ['Report ad']);
  });
});
