import type { Messages } from '@/utils/i18n';

/** A stored UTC time shown in the reader's language and time zone. */
export function formatTime(m: Messages, iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(m.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms) : iso;
}

export function formatDay(m: Messages, iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(m.lang, { dateStyle: 'medium' }).format(ms) : iso;
}

export function languageName(m: Messages, code: string): string {
  if (code === 'und') return m.t('dashboard.langUnknown');
  return new Intl.DisplayNames([m.lang, 'en'], { type: 'language' }).of(code) ?? code;
}
