import type { Lang } from '@/engine/types';
import { Messages, type LocaleFile } from './i18n';
import en from '@/locales/en.json';

/** Every locale file, bundled: for the background service worker, which cannot load chunks later. */
const files = import.meta.glob<LocaleFile>('../locales/*.json', { import: 'default', eager: true });

export function messagesFor(lang: Lang): Messages {
  return new Messages(lang, files[`../locales/${lang}.json`] ?? (en as LocaleFile), en as LocaleFile);
}
