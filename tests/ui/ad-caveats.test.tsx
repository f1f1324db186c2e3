// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/engine';
import en from '@/locales/en.json';
import { AdDetails } from '@/ui/AdReport';
import { MessagesContext } from '@/ui/messages';
import { Messages, type LocaleFile } from '@/utils/i18n';
import { unreadReport } from '@/utils/analysis/unread';

const messages = new Messages('en', en as LocaleFile, en as LocaleFile);
const ui = en.ui as unknown as Record<string, string>;

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<MessagesContext.Provider value={messages}>{node}</MessagesContext.Provider>, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
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
