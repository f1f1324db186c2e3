import { LANGUAGES, type Lang } from '@/engine/types';
import { asLang } from '@/engine/language';
import type en from '@/locales/en.json';

/** Plural variants keyed by the CLDR categories that `Intl.PluralRules` returns for the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type UiKey = keyof (typeof en)['ui'];

export interface RuleText {
  title: string;
  why: string;
  ask: string;
}

/** One locales/<lang>.json file. Only `ui` is owned by the extension; `rules` and `mitigations` come with the rules. */
export interface LocaleFile {
  rules?: Record<string, Partial<RuleText>>;
  mitigations?: Record<string, string>;
  ui?: Partial<Record<string, string | PluralForms>>;
}

/** The browser's language when Faro speaks it, else English. */
export function pickUiLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const lang = asLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Looks strings up in the chosen language, then in English, so that a string not yet translated
 * still shows. Plurals go through `Intl.PluralRules`, so no language is assumed to have English
 * plurals (Polish, Russian, Ukrainian have few/many; Slovak has few).
 */
export class Messages {
  private readonly plural: Intl.PluralRules;
  private readonly number: Intl.NumberFormat;

  constructor(
    readonly lang: Lang,
    private readonly file: LocaleFile,
    private readonly fallback: LocaleFile,
  ) {
    this.plural = new Intl.PluralRules(lang);
    this.number = new Intl.NumberFormat(lang);
  }

  /** A UI string with `{name}` placeholders filled in. */
  t(key: UiKey, vars: Record<string, string | number> = {}): string {
    const value = this.file.ui?.[key] ?? this.fallback.ui?.[key];
    const text = typeof value === 'string' ? value : (value?.other ?? key);
    return this.fill(text, vars);
  }

  /** A UI string that depends on a count: `{n}` is the count, formatted for the language. */
  tn(key: UiKey, n: number, vars: Record<string, string | number> = {}): string {
    const own = this.file.ui?.[key];
    const value = typeof own === 'object' ? own : this.fallback.ui?.[key];
    if (typeof value !== 'object') return this.t(key, { ...vars, n });
    // A language file's forms are read with its own rules; English forms with English rules.
    const rules = value === own ? this.plural : new Intl.PluralRules('en');
    const text = value[rules.select(n)] ?? value.other;
    return this.fill(text, { ...vars, n: this.number.format(n) });
  }

  /** A rule's explanation, falling back to English field by field. */
  rule(id: string): RuleText {
    const own = this.file.rules?.[id] ?? {};
    const base = this.fallback.rules?.[id] ?? {};
    return {
      title: own.title ?? base.title ?? readableId(id),
      why: own.why ?? base.why ?? '',
      ask: own.ask ?? base.ask ?? '',
    };
  }

  mitigation(id: string): string {
    return this.file.mitigations?.[id] ?? this.fallback.mitigations?.[id] ?? id;
  }

  formatNumber(n: number): string {
    return this.number.format(n);
  }

  private fill(text: string, vars: Record<string, string | number>): string {
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  }
}

/** A rule without a title yet reads as words, not as a file name: "costs-repaid-from-wages" → "Costs repaid from wages". */
function readableId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
