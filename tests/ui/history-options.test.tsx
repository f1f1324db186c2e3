// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '@/locales/en.json';
import { HistoryOptions, type HistoryOptionsProps } from '@/ui/HistoryOptions';
import { Popup } from '@/ui/Popup';
import { MessagesContext } from '@/ui/messages';
import { DEFAULT_HISTORY_SETTINGS } from '@/utils/casework/history-settings';
import type { HistoryResult } from '@/utils/history';
import { Messages, type LocaleFile } from '@/utils/i18n';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);
const ui = en.ui as unknown as Record<string, string>;
const QUOTA = { kind: 'quota' as const, message: 'QuotaExceededError: full', at: '2027-03-01T10:00:00.000Z' };

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<MessagesContext.Provider value={messages}>{node}</MessagesContext.Provider>, root));
  return root;
}

function options(overrides: Partial<HistoryOptionsProps> = {}): HistoryOptionsProps {
  const deleted = async () => ({ ok: true as const, value: undefined });
  return { history: DEFAULT_HISTORY_SETTINGS, onChange: vi.fn(), onDelete: vi.fn(deleted), onTurnOff: vi.fn(deleted), problem: null, dashboardHref: 'chrome-extension://x/dashboard.html', ...overrides };
}

const button = (root: HTMLElement, label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options page History section', () => {
  it('is off by default, says a job seeker on a shared device should leave it off, and links to the dashboard', () => {
    const root = mount(<HistoryOptions {...options()} />);
    expect((root.querySelector('#opt-history') as HTMLInputElement).checked).toBe(false);
    expect(root.textContent).toContain(ui['options.historySharedDevice']);
    expect([...root.querySelectorAll('#opt-retention option')].map((o) => (o as HTMLOptionElement).value)).toEqual(['30', '90', '365']);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://x/dashboard.html');
  });

  it('turns history on and chooses what to keep', () => {
    const props = options();
    const root = mount(<HistoryOptions {...props} />);
    act(() => (root.querySelector('#opt-history') as HTMLInputElement).click());
    expect(props.onChange).toHaveBeenCalledWith({ enabled: true });
    document.body.innerHTML = '';
    const on = options({ history: { ...DEFAULT_HISTORY_SETTINGS, enabled: true } });
    const again = mount(<HistoryOptions {...on} />);
    act(() => (again.querySelector('input[value="all"]') as HTMLInputElement).click());
    expect(on.onChange).toHaveBeenCalledWith({ keep: 'all' });
  });

  it('turns history off only after a confirmation that says it deletes the history, then deletes it', async () => {
    const props = options({ history: { ...DEFAULT_HISTORY_SETTINGS, enabled: true } });
    const root = mount(<HistoryOptions {...props} />);
    const toggle = root.querySelector('#opt-history') as HTMLInputElement;
    act(() => toggle.click());
    // Still on, nothing changed, nothing deleted: the question says what turning off does.
    expect(toggle.checked).toBe(true);
    expect(props.onChange).not.toHaveBeenCalled();
    expect(props.onTurnOff).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(ui['options.historyOffConfirm']);
    expect(ui['options.historyOffConfirm']).toMatch(/deletes/);
    act(() => button(root, ui['action.cancel']!).click());
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(props.onTurnOff).not.toHaveBeenCalled();
    act(() => toggle.click());
    act(() => button(root, ui['options.historyOffYes']!).click());
    await flush();
    expect(props.onTurnOff).toHaveBeenCalledOnce();
    expect(root.textContent).toContain(ui['options.historyDeleted']);
  });

  it('deletes everything only after a confirmation, and says it is done', async () => {
    const props = options();
    const root = mount(<HistoryOptions {...props} />);
    act(() => button(root, ui['options.historyDelete']!).click());
    expect(props.onDelete).not.toHaveBeenCalled();
    expect(root.textContent).toContain(ui['options.historyDeleteConfirm']);
    act(() => button(root, ui['options.historyDeleteYes']!).click());
    await flush();
    expect(props.onDelete).toHaveBeenCalledOnce();
    expect(root.textContent).toContain(ui['options.historyDeleted']);
  });

  it('shows why a deletion failed', async () => {
    const blocked: HistoryResult<void> = { ok: false, error: { kind: 'blocked', message: 'blocked by another tab' } };
    const root = mount(<HistoryOptions {...options({ onDelete: async () => blocked })} />);
    act(() => button(root, ui['options.historyDelete']!).click());
    act(() => button(root, ui['options.historyDeleteYes']!).click());
    await flush();
    expect(root.textContent).toContain(ui['options.historyDeleteFailed']);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(ui['dashboard.storage.blocked']);
  });

  it('shows the last failure to save while history is on', () => {
    const root = mount(<HistoryOptions {...options({ history: { ...DEFAULT_HISTORY_SETTINGS, enabled: true }, problem: QUOTA })} />);
    expect(root.querySelector('.history-problem [role="alert"]')?.textContent).toContain(ui['dashboard.storage.quota']);
  });
});

/** The popup's props that these tests do not vary. */
const POPUP_BASE = {
  page: { kind: 'loading' as const },
  highlight: true,
  country: 'IT',
  countryGuessed: false,
  onHighlight: vi.fn(),
  onShow: vi.fn(),
  onScan: vi.fn(),
  onCountry: vi.fn(),
  onCheck: vi.fn(),
  onOptions: vi.fn(),
  checkDraft: { text: '', report: null },
  onCheckDraft: vi.fn(),
};

describe('the popup with history on', () => {

  it('links to the dashboard and shows a storage error; with history off, neither', () => {
    const on = mount(<Popup {...POPUP_BASE} history={{ dashboardHref: 'chrome-extension://x/dashboard.html', problem: QUOTA }} />);
    expect(on.querySelector('.dashboard-link a')?.getAttribute('href')).toBe('chrome-extension://x/dashboard.html');
    expect(on.querySelector('.history-problem')?.textContent).toContain(ui['dashboard.storage.quota']);
    document.body.innerHTML = '';
    const off = mount(<Popup {...POPUP_BASE} />);
    expect(off.querySelector('.dashboard-link, .history-problem')).toBeNull();
  });
});

describe('the popup quick wipe (issue 12)', () => {

  it('deletes only after a confirmation that says what goes and where the browser keeps its own history', async () => {
    const onWipe = vi.fn(async () => ({ ok: true as const, value: undefined }));
    const onWiped = vi.fn();
    const root = mount(<Popup {...POPUP_BASE} wipe={{ onWipe, onWiped }} />);
    act(() => button(root, ui['wipe.button']!).click());
    expect(onWipe).not.toHaveBeenCalled();
    const question = root.querySelector('.quick-wipe [role="alertdialog"]');
    expect(question?.textContent).toContain(ui['wipe.confirm']);
    expect(question?.textContent).toContain(ui['wipe.browserHint']);
    act(() => button(root, ui['action.cancel']!).click());
    expect(root.querySelector('.quick-wipe [role="alertdialog"]')).toBeNull();
    act(() => button(root, ui['wipe.button']!).click());
    act(() => button(root, ui['wipe.yes']!).click());
    await flush();
    expect(onWipe).toHaveBeenCalledOnce();
    expect(onWiped).toHaveBeenCalledOnce();
    expect(root.querySelector('.quick-wipe [role="status"]')?.textContent).toBe(ui['wipe.done']);
  });

  it('says what could not be deleted', async () => {
    const onWiped = vi.fn();
    const root = mount(<Popup {...POPUP_BASE} wipe={{ onWipe: async () => ({ ok: false, error: { kind: 'blocked', message: 'held open' } }), onWiped }} />);
    act(() => button(root, ui['wipe.button']!).click());
    act(() => button(root, ui['wipe.yes']!).click());
    await flush();
    expect(onWiped).not.toHaveBeenCalled();
    expect(root.querySelector('.quick-wipe')?.textContent).toContain(ui['wipe.failed']);
    expect(root.querySelector('.quick-wipe [role="alert"]')?.textContent).toContain(ui['dashboard.storage.blocked']);
  });
});
