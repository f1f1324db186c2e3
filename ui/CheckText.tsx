import { useState } from 'preact/hooks';
import type { Report } from '@/engine/types';
import type { CheckDraft } from '@/utils/check-draft';
import { AdReport } from './AdReport';
import { useMessages } from './messages';

/** Longest pasted text analysed; the engine reads more, but a message or e-mail is far shorter. */
const MAX_PASTE = 20_000;

export interface CheckTextProps {
  /** Analyses the text on this machine. */
  onCheck: (text: string) => Promise<Report>;
  /** The pasted text and its result, kept by the caller until the person clears them. */
  draft: CheckDraft;
  onDraft: (draft: CheckDraft) => void;
  /** Discreet mode: the text is forgotten when Faro closes; the privacy note says so. */
  discreet?: boolean;
  /** Shown under a medium or high result: where to get help. */
  helpHint?: preact.ComponentChildren;
}

/** "Check a text": paste an offer received by message or e-mail. Kept for this browser session only, until cleared. */
export function CheckText({ onCheck, draft, onDraft, discreet = false, helpHint }: CheckTextProps) {
  const m = useMessages();
  const { text, report } = draft;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(false);
    try {
      onDraft({ text, report: await onCheck(text.slice(0, MAX_PASTE)) });
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{m.t('check.heading')}</h2>
      <form onSubmit={submit}>
        <label for="check-text">{m.t('check.label')}</label>
        <textarea
          id="check-text"
          rows={6}
          maxLength={MAX_PASTE}
          value={text}
          // A changed text no longer matches the result shown: the result goes until checked again.
          onInput={(e) => onDraft({ text: (e.target as HTMLTextAreaElement).value, report: null })}
          aria-describedby="check-privacy"
        />
        <p id="check-privacy" class="muted small">
          {m.t(discreet ? 'check.privacyDiscreet' : 'check.privacy')}
        </p>
        <div class="row">
          <button type="submit" class="primary" disabled={busy || !text.trim()}>
            {busy ? m.t('check.busy') : m.t('check.submit')}
          </button>
          {(text || report) && (
            <button type="button" class="check-clear" onClick={() => onDraft({ text: '', report: null })}>
              {m.t('check.clear')}
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite">
        {error && <p class="error">{m.t('check.error')}</p>}
        {report && <AdReport report={report} title={m.t('check.resultTitle')} helpHint={helpHint} />}
      </div>
    </section>
  );
}
