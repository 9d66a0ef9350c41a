import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setDateLocale } from '../lib/time';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

const DEVICE_KEY = 'linkage.language';
const accountKey = (accountId: string): string => `linkage.language.${accountId}`;

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function stored(key: string): Language | null {
  try {
    const value = localStorage.getItem(key);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language this account chose, else the one last used on this device, else Chinese. */
export function preferredLanguage(accountId?: string | null): Language {
  return (accountId ? stored(accountKey(accountId)) : null) ?? stored(DEVICE_KEY) ?? DEFAULT_LANGUAGE;
}

/** Switches the language and remembers it for this account (and as this device's default). */
export async function changeLanguage(language: Language, accountId?: string | null): Promise<void> {
  try {
    localStorage.setItem(DEVICE_KEY, language);
    if (accountId) localStorage.setItem(accountKey(accountId), language);
  } catch {
    // Private mode without storage: the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  setDateLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

export function initI18n(accountId?: string | null): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: preferredLanguage(accountId),
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    setDateLocale(i18n.language);
  }
  return i18n;
}

export { i18n };
