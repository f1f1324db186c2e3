import type { Lang } from '@/engine/types';
import { Messages, type LocaleFile } from './i18n';
import en from '@/locales/en.json';

/**
 * Extension pages (popup, options) load only the language they show: each locale file becomes its
 * own chunk. The background cannot use dynamic import (service workers forbid it) and imports
 * `locales-all.ts` instead.
 */
const loaders = import.meta.glob<LocaleFile>(['../locales/*.json', '!../locales/en.json'], { import: 'default' });

export async function loadMessages(lang: Lang): Promise<Messages> {
  const load = loaders[`../locales/${lang}.json`];
  const file = lang === 'en' || !load ? (en as LocaleFile) : await load();
  return new Messages(lang, file, en as LocaleFile);
}
