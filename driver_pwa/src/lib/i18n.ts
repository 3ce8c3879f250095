import { useSyncExternalStore } from "react";
import { en, type Key } from "../i18n/en";
import { ms } from "../i18n/ms";
import { zh } from "../i18n/zh";

/** The app's languages: English, Bahasa Malaysia, Simplified Chinese. */
export const LOCALES = ["en", "ms", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DICTIONARIES = { en, ms, zh } as const;
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ms: "Bahasa Melayu", zh: "简体中文" };
/** The BCP 47 tag handed to `Intl` (Malaysian conventions in each language). */
export const INTL_TAG: Record<Locale, string> = { en: "en-MY", ms: "ms-MY", zh: "zh-Hans-MY" };

const STORAGE = "plagsini.locale";

/** The first of the browser's languages the app speaks ("ms-MY" -> ms, "zh-CN" -> zh), else English. */
export function pickLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "ms" || base === "en") return base;
    // Traditional Chinese is not offered; Simplified is the closest the app has.
    if (base === "zh") return "zh";
  }
  return "en";
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

function initial(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE);
    if (isLocale(stored)) return stored;
  } catch {
    /* storage blocked */
  }
  return pickLocale(typeof navigator === "undefined" ? undefined : navigator.languages);
}

let current: Locale = initial();
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return current;
}

/** True when the driver picked a language on this device (not just the browser's default). */
export function chosenOnDevice(): boolean {
  try {
    return isLocale(localStorage.getItem(STORAGE));
  } catch {
    return false;
  }
}

/** Switch the language on this device (LocaleSync also stores it on the driver's profile). */
export function setLocale(locale: Locale): void {
  current = locale;
  try {
    localStorage.setItem(STORAGE, locale);
  } catch {
    /* storage blocked */
  }
  if (typeof document !== "undefined") document.documentElement.lang = INTL_TAG[locale];
  listeners.forEach((l) => l());
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export type Params = Record<string, string | number>;

/** The text of `key` in `locale` with `{name}` placeholders filled. */
export function translate(locale: Locale, key: Key, params?: Params): string {
  const text: string = DICTIONARIES[locale][key] || en[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** The text of `key` in the current language (outside React, e.g. error mapping). */
export function t(key: Key, params?: Params): string {
  return translate(current, key, params);
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/** `t` for components: re-renders when the language changes. */
export function useT(): (key: Key, params?: Params) => string {
  const locale = useLocale();
  return (key, params) => translate(locale, key, params);
}

/** A status from the server or a charger in the current language (unknown ones as sent). */
export function statusLabel(status: string): string {
  for (const key of [`status.${status}`, `status.${status.toUpperCase()}`] as Key[]) if (key in en) return t(key);
  return status;
}

if (typeof document !== "undefined") document.documentElement.lang = INTL_TAG[current];

/** A server's enum word (a membership's or a referral's status) in the current language: the
 * dictionary's `prefix.VALUE`, else the word as sent, in lower case. */
export function enumLabel(prefix: string, value: string): string {
  const key = `${prefix}.${value.toUpperCase()}`;
  return key in en ? t(key as Key) : value.toLowerCase();
}
