// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '@/locales/en.json';
import it_ from '@/locales/it.json';
import uk from '@/locales/uk.json';
import { Hotlines } from '@/ui/Hotlines';
import { MessagesContext } from '@/ui/messages';
import { Welcome, type WelcomeProps } from '@/ui/Welcome';
import { Messages, type LocaleFile } from '@/utils/i18n';
import { LISTED_SITES, siteLabel } from '@/utils/sites';

const english = new Messages('en', en as LocaleFile, en as LocaleFile);
const italian = new Messages('it', it_ as LocaleFile, en as LocaleFile);
const ukrainian = new Messages('uk', uk as LocaleFile, en as LocaleFile);
const ui = en.ui as unknown as Record<string, string>;
const itUi = it_.ui as unknown as Record<string, string>;

function mount(node: preact.ComponentChild, messages = english): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<MessagesContext.Provider value={messages}>{node}</MessagesContext.Provider>, root));
  return root;
}

function props(overrides: Partial<WelcomeProps> = {}): WelcomeProps {
  return {
    sites: LISTED_SITES.map(siteLabel),
    shortcuts: [
      { name: 'scan-page', keys: 'Alt+Shift+F', description: 'Check the ads on this page' },
      { name: 'next-flagged', keys: '', description: 'Jump to the next ad with warning signals' },
    ],
    browser: 'chrome',
    optionsHref: 'chrome-extension://x/options.html',
    iconSrc: 'chrome-extension://x/icon/128.png',
    help: { country: 'IT', guessed: true, onCountry: vi.fn() },
    ...overrides,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the welcome page', () => {
  it('lists every site Faro checks by itself, as a person reads them', () => {
    const root = mount(<Welcome {...props()} />);
    const sites = [...root.querySelectorAll('[data-testid="welcome-sites"] li')].map((li) => li.textContent);
    expect(sites).toHaveLength(LISTED_SITES.length);
    expect(sites).toContain('subito.it');
    expect(sites).toContain('linkedin.com/jobs');
    expect(sites.some((site) => site?.includes('*'))).toBe(false);
  });

  it('gives the shortcut the browser has for checking a page, and says when a shortcut has no key', () => {
    const root = mount(<Welcome {...props()} />);
    expect(root.textContent).toContain(ui['welcome.onDemand']!.replace('{keys}', 'Alt+Shift+F'));
    expect([...root.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Alt+Shift+F']);
    expect(root.textContent).toContain(ui['welcome.shortcutUnset']);
    // With no key for it (the browser gave Alt+Shift+F to another extension), the page names the button only.
    const none = mount(<Welcome {...props({ shortcuts: [{ name: 'scan-page', keys: '', description: 'Check' }] })} />);
    expect(none.textContent).toContain(ui['welcome.onDemandButton']);
    expect(none.textContent).not.toContain('Alt+Shift+F');
  });

  it('tells a Chrome user and a Firefox user how to pin the button in their own browser', () => {
    expect(mount(<Welcome {...props()} />).textContent).toContain(ui['welcome.pinChrome']);
    const firefox = mount(<Welcome {...props({ browser: 'firefox' })} />).textContent;
    expect(firefox).toContain(ui['welcome.pinFirefox']);
    expect(firefox).toContain(ui['welcome.shortcutsFirefox']);
    expect(firefox).not.toContain(ui['welcome.pinChrome']);
  });

  it('describes discreet mode, links to the settings, shows the helplines of the country and says nothing leaves the machine', () => {
    const root = mount(<Welcome {...props()} />);
    expect(root.textContent).toContain(ui['welcome.discreet']);
    const links = [...root.querySelectorAll('a')].filter((a) => a.getAttribute('href') === 'chrome-extension://x/options.html');
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(root.querySelector('a.tel[href="tel:800290290"]')).not.toBeNull();
    expect(root.querySelector('a.tel[href="tel:112"]')).not.toBeNull();
    expect(root.textContent).toContain(ui['options.privacyLocal']);
    expect(root.textContent).toContain(ui['welcome.doesNot1']);
  });

  it('speaks the chosen language, plurals included', () => {
    const root = mount(<Welcome {...props()} />, italian);
    expect(root.querySelector('h1')?.textContent).toBe(itUi['welcome.title']);
    expect(root.textContent).toContain(`questi ${LISTED_SITES.length} siti`);
    expect(root.textContent).not.toContain(ui['welcome.intro']);
  });
});

describe('helplines: which one to call', () => {
  it('says to call the first of several lines, and marks it', () => {
    const root = mount(<Hotlines country="BG" guessed={false} onCountry={vi.fn()} />);
    expect(root.textContent).toContain(ui['help.several']);
    const labels = [...root.querySelectorAll('.line-label')].map((label) => label.textContent ?? '');
    expect(labels[0]).toContain(ui['help.first']);
    expect(labels.slice(1).some((label) => label.includes(ui['help.first']!))).toBe(false);
  });

  it('says nothing of the sort for a country with one line', () => {
    const root = mount(<Hotlines country="IT" guessed={false} onCountry={vi.fn()} />);
    expect(root.textContent).not.toContain(ui['help.several']);
    expect(root.textContent).not.toContain(ui['help.first']);
  });

  it('shows Germany’s national helpline first and explains there is no line for trafficking alone', () => {
    const root = mount(<Hotlines country="DE" guessed={false} onCountry={vi.fn()} />);
    expect(root.textContent).toContain(ui['help.noTraffickingLine']);
    expect(root.querySelector('a.tel')?.getAttribute('href')).toBe('tel:116016');
  });

  it('gives Ukraine’s three lines three different labels', () => {
    const root = mount(<Hotlines country="UA" guessed={false} onCountry={vi.fn()} />);
    const lines = [...root.querySelectorAll('li.line')].map((li) => (li.textContent ?? '').replace(/[\d+ ]{3,}/g, '#'));
    expect(lines).toHaveLength(3);
    expect(new Set(lines).size).toBe(3);
  });

  it('says where the numbers come from in the reader’s language', () => {
    const root = mount(<Hotlines country="IT" guessed={false} onCountry={vi.fn()} />, italian);
    const source = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Fonte'))?.textContent ?? '';
    expect(source).toContain(itUi['source.seed']!.replace('{ref}', '000, 004'));
    expect(source).toContain(itUi['source.official']!.replace('{ref}', 'pariopportunita.gov.it'));
    expect(source).not.toContain('ASIT training module');
  });

  it('ends the source sentence with one dot, where the date format has its own (Ukrainian “3 груд. 2026 р.”)', () => {
    const root = mount(<Hotlines country="UA" guessed={false} onCountry={vi.fn()} />, ukrainian);
    const source = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Джерело'))?.textContent ?? '';
    expect(source).toMatch(/р\.$/);
    expect(source).not.toContain('..');
  });
});
