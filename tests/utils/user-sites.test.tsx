// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '@/locales/en.json';
import { MessagesContext } from '@/ui/messages';
import { UserSites, type AddSiteOutcome } from '@/ui/UserSites';
import { Messages, type LocaleFile } from '@/utils/i18n';
import { CONTENT_SCRIPT_FILE, scansAutomatically, syncUserSitesScript } from '@/utils/scan-access';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { LISTED_SITES, matchesAny } from '@/utils/sites';
import { loadUserSites, parseSite, sitePattern, userSitesItem } from '@/utils/user-sites';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Faro', version: '1', content_scripts: [{ matches: [...LISTED_SITES] }] });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a site typed in the options', () => {
  it.each([
    ['annunci.example', 'annunci.example'],
    ['  www.Annunci.example ', 'annunci.example'],
    ['https://www.annunci.example/offerte-di-lavoro/', 'annunci.example'],
    ['torino.annunci.example', 'torino.annunci.example'],
    ['http://localhost:8080/page', 'localhost'],
    ['127.0.0.2', '127.0.0.2'],
    ['ĺistado.es', 'xn--istado-hcb.es'],
  ])('%j → %s', (typed, host) => {
    expect(parseSite(typed, LISTED_SITES, [])).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['annunci', 'invalid'],
    ['ftp://annunci.example', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['*.annunci.example', 'invalid'],
    ['<all_urls>', 'invalid'],
    ['http://', 'invalid'],
    ['www.subito.it', 'listed'],
    ['bakeca.it', 'listed'],
    ['https://www.olx.pl/praca/', 'listed'],
  ])('%j is refused: %s', (typed, problem) => {
    expect(parseSite(typed, LISTED_SITES, [])).toEqual({ ok: false, problem });
  });

  it('is refused when already added', () => {
    expect(parseSite('https://annunci.example/', LISTED_SITES, ['annunci.example'])).toEqual({ ok: false, problem: 'duplicate' });
  });

  it('becomes a pattern for the site and its subdomains (an address or localhost: that host only)', () => {
    expect(sitePattern('annunci.example')).toBe('*://*.annunci.example/*');
    expect(matchesAny('https://torino.annunci.example/annunci', [sitePattern('annunci.example')])).toBe(true);
    expect(matchesAny('https://notannunci.example/', [sitePattern('annunci.example')])).toBe(false);
    expect(sitePattern('127.0.0.2')).toBe('*://127.0.0.2/*');
    expect(sitePattern('localhost')).toBe('*://localhost/*');
  });

  it('a stored list that is not one of host names counts as no site, or as the good ones', async () => {
    await fakeBrowser.storage.local.set({ userSites: 'annunci.example' });
    expect(await loadUserSites()).toEqual([]);
    await fakeBrowser.storage.local.set({ userSites: ['annunci.example', 42, '*://*/*', 'mercatino.example'] });
    expect(await loadUserSites()).toEqual(['annunci.example', 'mercatino.example']);
  });
});

describe('the content script on the sites the user added', () => {
  function registry() {
    const scripts = new Map<string, { matches?: string[]; js?: string[]; runAt?: string }>();
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
      [...scripts.keys()].filter((id) => !filter?.ids || filter.ids.includes(id)).map((id) => ({ id })),
    );
    return scripts;
  }
  const granting = (granted: string[]) =>
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.includes(origin)));

  it('is registered for the added sites whose permission is granted, and scans them by itself', async () => {
    const scripts = registry();
    granting(['*://*.annunci.example/*']);
    await userSitesItem.setValue(['annunci.example', 'mercatino.example']);
    await syncUserSitesScript();
    expect([...scripts.values()]).toEqual([{ id: 'faro-user-sites', matches: ['*://*.annunci.example/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
    expect(await scansAutomatically('https://torino.annunci.example/annunci', DEFAULT_SETTINGS)).toBe(true);
    // Added but "nowhere" chosen: not scanned, like the listed sites.
    expect(await scansAutomatically('https://torino.annunci.example/annunci', { ...DEFAULT_SETTINGS, autoScan: 'off' })).toBe(false);
    expect(await scansAutomatically('https://example.org/', DEFAULT_SETTINGS)).toBe(false);
  });

  it('follows the list: a removed site is no longer registered nor scanned; with none left, nothing is registered', async () => {
    const scripts = registry();
    granting(['*://*.annunci.example/*', '*://*.mercatino.example/*']);
    await userSitesItem.setValue(['annunci.example', 'mercatino.example']);
    await syncUserSitesScript();
    await userSitesItem.setValue(['mercatino.example']);
    await syncUserSitesScript();
    expect(scripts.get('faro-user-sites')?.matches).toEqual(['*://*.mercatino.example/*']);
    expect(await scansAutomatically('https://www.annunci.example/', DEFAULT_SETTINGS)).toBe(false);
    await userSitesItem.setValue([]);
    await syncUserSitesScript();
    expect(scripts.size).toBe(0);
  });

  it('runs one sync at a time: the list and the permission events firing together never register the id twice', async () => {
    const scripts = registry();
    granting(['*://*.annunci.example/*']);
    await userSitesItem.setValue(['annunci.example']);
    await Promise.all([syncUserSitesScript(), syncUserSitesScript(), syncUserSitesScript()]);
    expect(scripts.get('faro-user-sites')?.matches).toEqual(['*://*.annunci.example/*']);
  });
});

describe('the options’ list of added sites', () => {
  let container: HTMLElement;
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  function mount(onAdd: (input: string) => Promise<AddSiteOutcome>, sites: string[] = [], onRemove = vi.fn()) {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <MessagesContext.Provider value={messages}>
        <UserSites sites={sites} onAdd={onAdd} onRemove={onRemove} />
      </MessagesContext.Provider>,
      container,
    );
    return onRemove;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks from the submit itself, says what came of it, and removes a site by name', async () => {
    const calls: string[] = [];
    let answer: AddSiteOutcome = { ok: false, problem: 'refused' };
    const onRemove = mount(
      (input) => {
        calls.push(input);
        return Promise.resolve(answer);
      },
      ['mercatino.example'],
    );
    const input = container.querySelector<HTMLInputElement>('#opt-user-site')!;
    input.value = 'annunci.example';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const form = container.querySelector('form')!;
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // Called synchronously by the submit handler: the browser's permission prompt needs the user's gesture.
    expect(calls).toEqual(['annunci.example']);
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe(messages.t('options.userSiteProblem.refused'));
    answer = { ok: true };
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe(messages.t('options.userSiteAdded'));
    expect(input.value).toBe('');
    container.querySelector<HTMLButtonElement>('.user-site-list button')!.click();
    expect(onRemove).toHaveBeenCalledWith('mercatino.example');
  });
});
