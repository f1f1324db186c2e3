import { describe, expect, it } from 'vitest';
import { extractAds } from '../../utils/extract/index';
import { blockText, cleanText, CUT_MARK, MAX_AD_TEXT } from '../../utils/extract/text';
import { PARSERS } from './pages';

const card = (i: number, extra = '') =>
  `<li class="result"><h3><a href="/ad/${i}">Ad number ${i}</a></h3><p>Some honest description of item ${i}, in a sentence.${extra}</p></li>`;
const listing = (n: number, extra = '') => `<!DOCTYPE html><html lang="it"><body><ul>${Array.from({ length: n }, (_, i) => card(i, extra)).join('')}</ul></body></html>`;

describe.each(Object.entries(PARSERS))('bad and hostile pages (%s)', (_name, parse) => {
  it.each([
    ['empty string', ''],
    ['only whitespace', '   \n\t '],
    ['an empty body', '<html><body></body></html>'],
    ['only scripts', '<html><body><script>document.write("x".repeat(100))</script><style>p{}</style></body></html>'],
    ['only navigation', '<html><body><nav><a href="/a">Home</a><a href="/b">About us and more</a></nav><footer>© 2026</footer></body></html>'],
  ])('%s gives no ads', (_label, html) => {
    expect(extractAds(parse(html))).toEqual([]);
  });

  it('broken HTML (unclosed tags, stray closers) still gives the ad text', () => {
    const html = '<html><body><div><p>Cameriera cercasi <b>subito</div></span></p><div><p>Paga 2000 euro al mese, alloggio incluso, scrivere su WhatsApp';
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.text).toContain('Cameriera cercasi subito');
    expect(ads[0]!.text).toContain('alloggio incluso');
  });

  it('deeply nested markup does not overflow the stack', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}Deep ad text that is long enough to be an ad${'</div>'.repeat(depth)}</body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.text).toBe('Deep ad text that is long enough to be an ad');
  });

  it('5,000 repeated cards are all found, each its own ad', () => {
    const ads = extractAds(parse(listing(5000)));
    expect(ads).toHaveLength(5000);
    expect(ads[4999]!.title).toBe('Ad number 4999');
    expect(new Set(ads.map((ad) => ad.key)).size).toBe(5000);
  });

  it('binary junk and lone surrogates in the text come out clean, never thrown', () => {
    const junk = Array.from({ length: 300 }, (_, i) => String.fromCharCode(i % 64)).join('') + '\uD800 x \uDC00';
    const ads = extractAds(parse(listing(4, junk)));
    expect(ads).toHaveLength(4);
    for (const ad of ads) {
      expect(ad.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
      expect(ad.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it('a giant single ad is read at both ends, within the text cap, and says so', () => {
    const ads = extractAds(parse(`<html><body><main><p>first ${'word '.repeat(30_000)}last</p></main></body></html>`));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.text.length).toBeLessThanOrEqual(MAX_AD_TEXT);
    expect(ads[0]!.text.length).toBeGreaterThan(MAX_AD_TEXT - 200);
    expect(ads[0]!.text.startsWith('first word')).toBe(true);
    expect(ads[0]!.text.endsWith('word last')).toBe(true);
    expect(ads[0]!.text).toContain(CUT_MARK);
    expect(ads[0]!.truncated).toBe(true);
  });

  it('malformed and hostile JSON-LD is skipped; the page content is used instead', () => {
    const html = `<html><body>
      <script type="application/ld+json">{"@type": "JobPosting", "title": </script>
      <script type="application/ld+json">{"@type": ["Thing"], "@graph": [null, 3, "x", {"@type": "Organization"}]}</script>
      <main><h1>Autista cercasi</h1><p>Offriamo contratto regolare e formazione, scrivere a lavoro@example.it.</p></main></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.source).toBe('main');
    expect(ads[0]!.title).toBe('Autista cercasi');
  });

  it('a JSON-LD description full of markup and scripts becomes plain text, and nothing runs', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Kitchen porter',
      description: '<p>Wash &amp; clean</p><img src=x onerror="globalThis.__faroPwned=1"><script>globalThis.__faroPwned=1</script><ul><li>Meals</li><li>Room</li></ul>&lt;b&gt;bold&lt;/b&gt;',
      hiringOrganization: { name: 'Trattoria Uno' },
      baseSalary: { currency: 'EUR', value: { minValue: 1500, maxValue: 1800, unitText: 'MONTH' } },
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      jobLocation: [{ address: 'Via Roma 1, Milano' }, { address: { addressLocality: 'Monza' } }],
    };
    // Escaped as real pages escape it, so that "</script>" in the data cannot end the block.
    const json = JSON.stringify(posting).replace(/</g, "\\u003c");
    const html = `<html><body><script type="application/ld+json">${json}</script><h1>Kitchen porter</h1></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.text).toBe('Kitchen porter\nTrattoria Uno\nVia Roma 1, Milano; Monza\n1500–1800 EUR per month\nfull time, temporary\nWash & clean\nMeals\nRoom\nbold');
    expect(ads[0]!.element?.tagName.toLowerCase()).toBe('h1');
    expect((globalThis as { __faroPwned?: number }).__faroPwned).toBeUndefined();
  });

  it('microdata JobPosting: the marked-up element is the ad', () => {
    const html = `<html lang="fr"><body><nav><a href="/">Accueil</a></nav>
      <div itemscope itemtype="https://schema.org/JobPosting" data-offer-id="77">
        <h1 itemprop="title">Serveur H/F</h1><div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Café du Port</span></div>
        <div itemprop="description">Service en salle, 35 heures, logement possible.</div>
      </div></body></html>`;
    const ads = extractAds(parse(html));
    expect(ads).toHaveLength(1);
    expect(ads[0]).toMatchObject({ key: '77', source: 'microdata', title: 'Serveur H/F', lang: 'fr' });
    expect(ads[0]!.text).toBe('Serveur H/F\nCafé du Port\nService en salle, 35 heures, logement possible.');
  });

  it('hidden elements, scripts, styles, templates and SVG are not text; <br> and blocks are newlines', () => {
    const doc = parse(`<html><body><div id="ad">Line one<br>Line two<p>Para</p><span hidden>hidden</span><span aria-hidden="true">aria</span>
      <span style="display: none">styled</span><script>var s = 1</script><style>.x{}</style><noscript>nos</noscript><template>tpl</template>
      <svg><text>svg</text></svg>tail <b>bold</b> end</div></body></html>`);
    expect(blockText(doc.getElementById('ad')!)).toBe('Line one\nLine two\nPara\ntail bold end');
  });

  it('lang comes from the nearest lang attribute', () => {
    const doc = parse(`<html lang="en"><body><ul>
      ${card(1)}<li class="result" lang="ro"><h3><a href="/ad/2">Ad number 2</a></h3><p>Anunț de muncă cu o descriere destul de lungă.</p></li>${card(3)}
      </ul></body></html>`);
    expect(extractAds(doc).map((ad) => ad.lang)).toEqual(['en', 'ro', 'en']);
  });
});

describe('cleanText', () => {
  it('folds spaces, keeps one newline between blocks, never splits a surrogate pair at the cap', () => {
    expect(cleanText('  a \t b \n\n\n c  ')).toBe('a b\nc');
    expect(cleanText('ab🌹', 3)).toBe('ab');
  });
});
