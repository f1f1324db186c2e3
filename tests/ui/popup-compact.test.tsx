// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/engine';
import en from '@/locales/en.json';
import { AdDetails } from '@/ui/AdReport';
import { AdRow, ROW_LINE_CHARS, rowSignals } from '@/ui/AdRow';
import { CheckText } from '@/ui/CheckText';
import { PageAds } from '@/ui/PageAds';
import { PauseControl } from '@/ui/PauseControl';
import { MessagesContext } from '@/ui/messages';
import { asDraft, checkDraftItem, EMPTY_DRAFT, useCheckDraft, type CheckDraft } from '@/utils/check-draft';
import { Messages, type LocaleFile } from '@/utils/i18n';
import type { TabAd } from '@/utils/messaging';
import { unreadReport } from '@/utils/analysis/unread';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);
const ui = en.ui as unknown as Record<string, string>;

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<MessagesContext.Provider value={messages}>{node}</MessagesContext.Provider>, root));
  return root;
}

const ad = (key: string, text: string, title = `Ad ${key}`): TabAd => ({ key, title, text, report: analyze(text, { id: key, lang: 'en' }) });
const RISKY = ad(
  'r1',
  'Hostess work in Dubai, 5000 euro a month, no experience. Flight and visa paid by us, repaid from your salary. Send a photo of your passport on WhatsApp. Registration fee 300 euro.',
  'Hostess – Dubai',
);
const MEDIUM = ad('m1', 'Girls wanted for work abroad, travel paid. Contact only on Telegram.', 'Work abroad');
const QUIET = ad('q1', 'Barista wanted in Leeds, 30 hours per week, £12.75 per hour, staff meals.', 'Barista');

afterEach(() => {
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

describe('rowSignals: what a folded row names', () => {
  const more = (n: number) => `and ${n} more`;
  it('the two heaviest when they fit on a line with the count of the others', () => {
    expect(rowSignals(['Fee asked', 'Passport kept', 'Debt'], more)).toEqual({ shown: ['Fee asked', 'Passport kept'], more: 1 });
  });
  it('only the heaviest when two do not fit', () => {
    const long = 'x'.repeat(ROW_LINE_CHARS - 10);
    expect(rowSignals([long, 'Passport kept', 'Debt'], more)).toEqual({ shown: [long], more: 2 });
  });
  it('one signal, or none', () => {
    expect(rowSignals(['Fee asked'], more)).toEqual({ shown: ['Fee asked'], more: 0 });
    expect(rowSignals([], more)).toEqual({ shown: [], more: 0 });
  });
});

describe('AdRow: one ad, folded to one row', () => {
  it('shows its level, its title and its heaviest signals; a click opens the full report, with who can help', () => {
    expect(RISKY.report.flags.length).toBeGreaterThan(2);
    const root = mount(<AdRow ad={RISKY} onShow={vi.fn()} helpHint={<aside class="help-hint">call</aside>} />);
    const toggle = root.querySelector<HTMLButtonElement>('button.ad-toggle')!;
    const body = root.querySelector<HTMLElement>('.ad-body')!;
    expect(toggle.textContent).toContain('Hostess – Dubai');
    expect(toggle.textContent).toContain(ui['level.high']);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(body.id);
    expect(body.hidden).toBe(true);
    expect(root.querySelector('.ad-signals')?.textContent).toMatch(/and \d+ more/);
    expect(root.querySelector('.help-hint')).toBeNull();
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    expect(body.querySelectorAll('li.flag').length).toBe(RISKY.report.flags.length);
    expect(body.textContent).toContain(ui['report.why']);
    expect(body.querySelector('.help-hint')).not.toBeNull();
    act(() => toggle.click());
    expect(body.hidden).toBe(true);
  });

  it('opens by itself when it is the ad asked for', () => {
    const root = mount(<AdRow ad={RISKY} onShow={vi.fn()} focused />);
    expect(root.querySelector('.ad-body')?.hasAttribute('hidden')).toBe(false);
  });

  it('shows the page’s title as text, never as markup', () => {
    const root = mount(<AdRow ad={{ ...RISKY, title: '<img src=x onerror=alert(1)>' }} onShow={vi.fn()} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ad-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('PageAds: the page’s ads as rows', () => {
  const view = (ads: TabAd[]) => ({ kind: 'scanned' as const, state: { url: 'https://example.com/', ads } });
  it('lists the flagged ads by score, highest first, and folds the quiet ones away', () => {
    const root = mount(<PageAds view={view([MEDIUM, QUIET, RISKY])} highlight onHighlight={vi.fn()} onShow={vi.fn()} onScan={vi.fn()} />);
    const rows = [...root.querySelectorAll('article.ad-row')];
    expect(rows.map((row) => row.getAttribute('data-key'))).toEqual(['r1', 'm1']);
    const scores = rows.map((row) => Number(row.getAttribute('data-score')));
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(root.querySelector('details.quiet')?.textContent).toContain('Barista');
  });

  it('paused: says so, and lists nothing', () => {
    const root = mount(<PageAds view={{ kind: 'paused' }} highlight onHighlight={vi.fn()} onShow={vi.fn()} onScan={vi.fn()} />);
    expect(root.textContent).toContain(ui['page.paused']);
    expect(root.querySelector('article')).toBeNull();
  });
});

describe('PauseControl', () => {
  it('running: offers to pause on this site and everywhere', () => {
    const onPause = vi.fn();
    const root = mount(<PauseControl state="running" site="olx.pl" onPause={onPause} onResume={vi.fn()} />);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([ui['pause.site'], ui['pause.everywhere']]);
    act(() => buttons[0]!.click());
    act(() => buttons[1]!.click());
    expect(onPause.mock.calls).toEqual([['site'], ['everywhere']]);
  });

  it('on a page that is no site, only "everywhere"', () => {
    const root = mount(<PauseControl state="running" site={undefined} onPause={vi.fn()} onResume={vi.fn()} />);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([ui['pause.everywhere']]);
  });

  it.each([
    ['site', ui['pause.siteOn']!.replace('{site}', 'olx.pl')],
    ['everywhere', ui['pause.everywhereOn']!],
  ] as const)('paused (%s): says where and how to resume', (state, text) => {
    const onResume = vi.fn();
    const root = mount(<PauseControl state={state} site="olx.pl" onPause={vi.fn()} onResume={onResume} />);
    expect(root.querySelector('[role="status"]')?.textContent).toContain(text);
    expect(root.querySelector('[role="status"]')?.textContent).toContain(ui['pause.howToResume']);
    act(() => root.querySelector('button')!.click());
    expect(onResume).toHaveBeenCalledOnce();
  });
});

describe('CheckText: the pasted text is the caller’s, kept until cleared', () => {
  it('shows the draft it is given, reports typing and the result, and clears both', async () => {
    const onDraft = vi.fn();
    const report = RISKY.report;
    const root = mount(<CheckText onCheck={async () => report} draft={{ text: 'kept', report }} onDraft={onDraft} />);
    expect(root.querySelector('textarea')?.value).toBe('kept');
    expect(root.querySelector('[aria-live] article.ad')).not.toBeNull();
    const clear = [...root.querySelectorAll('button')].find((b) => b.textContent === ui['check.clear'])!;
    act(() => clear.click());
    expect(onDraft).toHaveBeenLastCalledWith(EMPTY_DRAFT);
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onDraft).toHaveBeenLastCalledWith({ text: 'kept', report });
  });

  it('says where the text is kept, and in discreet mode that it is forgotten on closing', () => {
    const root = mount(<CheckText onCheck={vi.fn()} draft={EMPTY_DRAFT} onDraft={vi.fn()} />);
    expect(root.querySelector('#check-privacy')?.textContent).toBe(ui['check.privacy']);
    document.body.innerHTML = '';
    const discreet = mount(<CheckText onCheck={vi.fn()} draft={EMPTY_DRAFT} onDraft={vi.fn()} discreet />);
    expect(discreet.querySelector('#check-privacy')?.textContent).toBe(ui['check.privacyDiscreet']);
  });
});

describe('useCheckDraft: the draft in storage.session', () => {
  let current: [CheckDraft, (draft: CheckDraft) => void];
  function Probe({ discreet }: { discreet: boolean }) {
    current = useCheckDraft(discreet);
    return null;
  }
  const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  const session = async () => (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;
  const local = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

  it('keeps what is typed in the session area only, reads it back, and forgets it when cleared', async () => {
    mount(<Probe discreet={false} />);
    await flush();
    act(() => current[1]({ text: 'offer', report: null }));
    await flush();
    expect(await session()).toEqual({ checkDraft: { text: 'offer', report: null } });
    expect(await local()).toEqual({});
    document.body.innerHTML = '';
    mount(<Probe discreet={false} />);
    await flush();
    expect(current[0].text).toBe('offer');
    act(() => current[1](EMPTY_DRAFT));
    await flush();
    expect(await session()).toEqual({});
  });

  it('empties the open popup’s draft when the quick wipe removes it', async () => {
    await checkDraftItem.setValue({ text: 'offer', report: null });
    mount(<Probe discreet={false} />);
    await flush();
    expect(current[0].text).toBe('offer');
    await act(async () => checkDraftItem.removeValue());
    await flush();
    expect(current[0]).toEqual(EMPTY_DRAFT);
  });

  it('discreet mode: keeps nothing, and deletes a draft kept before', async () => {
    await checkDraftItem.setValue({ text: 'earlier', report: null });
    mount(<Probe discreet />);
    await flush();
    expect(current[0]).toEqual(EMPTY_DRAFT);
    expect(await session()).toEqual({});
    act(() => current[1]({ text: 'now', report: null }));
    await flush();
    expect(current[0].text).toBe('now');
    expect(await session()).toEqual({});
  });

  it('a stored value that is not a draft reads as empty', () => {
    expect(asDraft(null)).toEqual(EMPTY_DRAFT);
    expect(asDraft({ text: 3 })).toEqual(EMPTY_DRAFT);
    expect(asDraft({ text: 'a', report: 'x' })).toEqual({ text: 'a', report: null });
  });
});

describe('an ad not read whole says so', () => {
  it('a truncated report carries the "not read whole" note', () => {
    const report = { ...analyze('Warehouse work, £12 an hour.', { lang: 'en' }), truncated: true };
    expect(mount(<AdDetails report={report} />).textContent).toContain(ui['report.partial']);
  });

  it('an unread ad says that no verdict is not safe, and does not claim "no signals"', () => {
    const text = mount(<AdDetails report={unreadReport('k1')} unread />).textContent ?? '';
    expect(text).toContain(ui['report.unread']);
    expect(text).not.toContain(ui['report.noSignals']);
  });

  it('a whole, read ad has neither note', () => {
    const text = mount(<AdDetails report={analyze('Warehouse work, £12 an hour.', { lang: 'en' })} />).textContent ?? '';
    expect(text).not.toContain(ui['report.partial']);
    expect(text).not.toContain(ui['report.unread']);
  });
});
