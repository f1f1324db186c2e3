import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/engine/types';
import { Messages, pickUiLang, type LocaleFile, type PluralForms } from '@/utils/i18n';

const load = (lang: string) => JSON.parse(readFileSync(`locales/${lang}.json`, 'utf8')) as LocaleFile;
const en = load('en');
const enKeys = Object.keys(en.ui ?? {});

describe('interface strings', () => {
  it.each(LANGUAGES)('%s has every UI key, with the plural forms its language needs', (lang) => {
    const ui = load(lang).ui ?? {};
    expect(Object.keys(ui).sort()).toEqual([...enKeys].sort());
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'many' || lang !== 'it');
    for (const key of enKeys) {
      const value = ui[key];
      if (typeof en.ui?.[key] === 'object') {
        expect(typeof value, `${lang} ${key}`).toBe('object');
        // Every category the language uses for small counts (0–200) has its own form.
        const used = new Set(Array.from({ length: 201 }, (_, n) => new Intl.PluralRules(lang).select(n)));
        for (const category of needed.filter((c) => used.has(c))) expect((value as PluralForms)[category], `${lang} ${key} ${category}`).toBeTruthy();
      } else {
        expect(typeof value, `${lang} ${key}`).toBe('string');
        expect((value as string).length).toBeGreaterThan(0);
      }
      // Placeholders survive translation.
      const holes = (v: unknown) => [...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(new Set(holes(value)), `${lang} ${key}`).toEqual(new Set(holes(en.ui?.[key])));
    }
  });
});

describe('Messages', () => {
  const messages = (lang: 'pl' | 'ru' | 'en') => new Messages(lang, load(lang), en);

  it('chooses Polish and Russian plural forms by count, not by English rules', () => {
    expect(messages('pl').tn('page.checked', 1)).toBe('Sprawdzono 1 ogłoszenie.');
    expect(messages('pl').tn('page.checked', 3)).toBe('Sprawdzono 3 ogłoszenia.');
    expect(messages('pl').tn('page.checked', 5)).toBe('Sprawdzono 5 ogłoszeń.');
    expect(messages('pl').tn('page.checked', 22)).toBe('Sprawdzono 22 ogłoszenia.');
    expect(messages('ru').tn('page.checked', 21)).toBe('Проверено 21 объявление.');
    expect(messages('ru').tn('page.checked', 11)).toBe('Проверено 11 объявлений.');
    expect(messages('en').tn('page.checked', 1)).toBe('1 ad checked.');
  });

  it('falls back to English, then to a readable rule id', () => {
    const partial = new Messages('de', { ui: {} }, en);
    expect(partial.t('action.close')).toBe('Close');
    expect(partial.rule('no-such-rule').title).toBe('No such rule');
    expect(partial.t('report.score', { score: 42 })).toBe('score 42/100');
  });

  it('follows the browser language when Faro speaks it, else English', () => {
    expect(pickUiLang(['uk-UA', 'en'])).toBe('uk');
    expect(pickUiLang(['pt-BR', 'es-ES'])).toBe('es');
    expect(pickUiLang(['ja'])).toBe('en');
  });
});
