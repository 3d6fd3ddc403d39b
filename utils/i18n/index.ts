/**
 * The interface language. Every string the user sees comes from `locales/en.json` and
 * `locales/zh_CN.json` (the same files the build writes to `_locales/<lang>/messages.json` for the
 * manifest and the browser), through `t`, typed by the keys @wxt-dev/i18n generates from the
 * English file: a missing key is a type error, a missing translation a failing test
 * (tests/unit/i18n). `t` has @wxt-dev/i18n's signature and semantics ($1…$9, {named}, plurals
 * "one | other"), but reads the messages of the language chosen in the settings (or the
 * browser's), so that the user can override the browser's language — browser.i18n cannot.
 *
 * No DOM and no extension API here: the entrypoints tell it the language (`setLocale`, from the
 * `interfaceLanguageItem` setting and `browser.i18n.getUILanguage()`).
 */
import type { GeneratedI18nStructure } from '../../.wxt/i18n/structure';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh_CN.json';

export const LOCALES = ['en', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];
/** The setting: follow the browser, or one language whatever the browser says. */
export type InterfaceLanguage = 'auto' | Locale;
export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = ['auto', ...LOCALES];

type Structure = GeneratedI18nStructure;
type Key = Exclude<keyof Structure, `@@${string}`>;

/** The source files' shape: strings, plural objects ({"1": …, "n": …}), nested namespaces. */
type Source = { [key: string]: string | Source };

/**
 * Flatten a messages file as @wxt-dev/i18n does for `_locales`: nested keys joined with "_",
 * a plural object joined with " | " (its forms in order). A unit test checks this against
 * @wxt-dev/i18n's own generator.
 */
export function flattenMessages(source: Source, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(source)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else if (Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k))))
      out.set(name, Object.values(value).join(' | '));
    else for (const [k, v] of flattenMessages(value, name)) out.set(k, v);
  }
  return out;
}

const SOURCES: Record<Locale, Source> = { en: en as Source, zh_CN: zhCN as Source };
/**
 * Each language's messages, flattened when first asked for: flattening both at load was 23 ms
 * of the content script's first task in a new renderer (cold code; Chromium profile, 2026-12-03),
 * on every official page, most of which never show a string.
 */
const MESSAGES: Partial<Record<Locale, Map<string, string>>> = {};
const messagesOf = (locale: Locale) => (MESSAGES[locale] ??= flattenMessages(SOURCES[locale]));

/** Chrome's getMessage: $1…$9 from `subs`, "$$" a dollar sign. */
function getMessage(locale: Locale, key: string, subs: string[] = []): string {
  const message = messagesOf(locale).get(key) ?? messagesOf('en').get(key);
  if (message === undefined) return '';
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 1) return forms[0]!;
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  return forms[count === 0 || count === 1 ? count : 2]!;
}

type Substitution = string | number;

/** @wxt-dev/i18n's `t` (same overloads), for one language. */
export type Translate = ((key: Key) => string) &
  ((key: Key, ...args: (number | Substitution[] | Record<string, Substitution>)[]) => string);

export function translator(locale: Locale): Translate {
  return (key: string, ...args: unknown[]): string => {
    let subs: Substitution[] | undefined;
    let named: Record<string, Substitution> | undefined;
    let count: number | undefined;
    for (const arg of args) {
      if (arg == null) continue;
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) subs = arg as Substitution[];
      else if (typeof arg === 'object') named = arg as Record<string, Substitution>;
    }
    if (count !== undefined && subs === undefined) subs = [String(count)];
    let message = getMessage(
      locale,
      key.replaceAll('.', '_'),
      subs?.map((s) => String(s)),
    );
    if (count !== undefined) message = pluralForm(message, count);
    if (named) {
      message = message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
        Object.prototype.hasOwnProperty.call(named, name) ? String(named![name]) : match,
      );
    }
    return message;
  };
}

/** The language for a setting and the browser's UI language ("zh-CN", "zh-TW", "en-US"…). */
export function resolveLocale(setting: InterfaceLanguage | null | undefined, ui: string): Locale {
  if (setting === 'en' || setting === 'zh_CN') return setting;
  return /^zh\b/i.test(ui) ? 'zh_CN' : 'en';
}

/** The BCP 47 tag for `lang` attributes and Intl. */
export function languageTag(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

// The current language of this context (one per page / worker), and who wants to know.
let current: Locale = 'en';
let currentT = translator(current);
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  currentT = translator(locale);
  for (const listener of listeners) listener();
}

/** Called whenever the language changes; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translate in the current language (non-React code; React uses `useT`). */
export const t: Translate = ((key: Key, ...args: never[]) =>
  (currentT as (k: Key, ...a: never[]) => string)(key, ...args)) as Translate;

/** "20 June 2025" / "2025年6月20日" for an ISO date (UTC), in the current language. */
export function formatLongDate(iso: string, locale: Locale = current): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}
