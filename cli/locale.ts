import type { Lang } from '../engine/types';
import { Messages, type LocaleFile } from '../utils/i18n';
import en from '../locales/en.json';

/**
 * The interface strings and rule explanations of one language, English behind them for what is not
 * translated yet. Each language is a chunk of its own in the bundle: only the one asked for is read.
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const file = lang === 'en' ? en : ((await import(`../locales/${lang}.json`)) as { default: LocaleFile }).default;
  return new Messages(lang, file, en);
}
