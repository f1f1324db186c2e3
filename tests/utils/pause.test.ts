import { describe, expect, it } from 'vitest';
import { isPaused, pauseSite, pauseState, resumePage, siteOf, type PauseSettings } from '@/utils/pause';

const RUNNING: PauseSettings = { paused: false, pausedSites: [] };

describe('siteOf: the site a page belongs to', () => {
  it.each([
    ['https://www.subito.it/annunci-italia/offerte-lavoro/', 'subito.it'],
    ['http://subito.it/', 'subito.it'],
    ['https://M.OLX.PL/praca/', 'm.olx.pl'],
    ['http://127.0.0.1:8080/devset/x.html', '127.0.0.1'],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));

  it.each([undefined, '', 'chrome://extensions', 'file:///home/me/ad.html', 'about:blank', 'not a url'])('no site for %s', (url) => {
    expect(siteOf(url)).toBeUndefined();
  });
});

describe('pause on a site and everywhere', () => {
  it('a paused site covers www., its subdomains and every page, and no other site', () => {
    const pause = { ...RUNNING, ...pauseSite('https://www.olx.pl/praca/', RUNNING) };
    expect(pause.pausedSites).toEqual(['olx.pl']);
    expect(pauseState('https://olx.pl/oferta/1', pause)).toBe('site');
    expect(pauseState('https://m.olx.pl/', pause)).toBe('site');
    expect(isPaused('https://www.olx.ro/', pause)).toBe(false);
    expect(isPaused('https://notolx.pl/', pause)).toBe(false);
  });

  it('pausing everywhere pauses every page, sites or not', () => {
    const pause = { paused: true, pausedSites: [] };
    expect(pauseState('https://www.subito.it/', pause)).toBe('everywhere');
    expect(pauseState(undefined, pause)).toBe('everywhere');
  });

  it('pausing a site twice keeps it once; a page that is no site changes nothing', () => {
    const once = { ...RUNNING, ...pauseSite('https://subito.it/a', RUNNING) };
    expect(pauseSite('https://www.subito.it/b', once)).toEqual({ pausedSites: ['subito.it'] });
    expect(pauseSite('chrome://newtab', RUNNING)).toEqual({});
  });

  it('resuming a page lifts the pause everywhere and every paused site covering it, and keeps the others', () => {
    const pause = { paused: true, pausedSites: ['olx.pl', 'm.olx.pl', 'subito.it'] };
    const resumed = { ...pause, ...resumePage('https://m.olx.pl/praca', pause) };
    expect(resumed).toEqual({ paused: false, pausedSites: ['subito.it'] });
    expect(isPaused('https://m.olx.pl/praca', resumed)).toBe(false);
    expect(isPaused('https://subito.it/', resumed)).toBe(true);
  });

  it('settings saved before pausing existed read as running', () => {
    expect(pauseState('https://subito.it/', { paused: false } as PauseSettings)).toBe('running');
  });
});
