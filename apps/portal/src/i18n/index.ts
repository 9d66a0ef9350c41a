import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setDateLocale } from '../lib/time';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

type Translations = Record<string, unknown>;

/**
 * Each language's texts are their own chunk, loaded before the first render (the one in use) or when
 * someone switches: the volunteer's phone does not download the language it does not show.
 */
const LOADERS: Record<Language, () => Promise<{ default: Translations }>> = {
  'zh-CN': () => import('./locales/zh-CN.json'),
  en: () => import('./locales/en.json'),
};

/**
 * The texts of the desks (coordinators', partners', admins'), in a chunk of their own per language: the
 * desk layouts load them before they render, so a volunteer's phone never downloads them.
 */
const DESK_LOADERS: Record<Language, () => Promise<{ default: Translations }>> = {
  'zh-CN': () => import('./locales/zh-CN.desk.json'),
  en: () => import('./locales/en.desk.json'),
};

let deskWanted = false;
const deskLoaded = new Set<Language>();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { default: texts } = await LOADERS[language]();
    i18n.addResourceBundle(language, 'translation', texts, true, false);
  }
  if (deskWanted && !deskLoaded.has(language)) {
    const { default: texts } = await DESK_LOADERS[language]();
    i18n.addResourceBundle(language, 'translation', texts, true, false);
    deskLoaded.add(language);
  }
}

/** Loads the desks' texts in the language in use (and in any language switched to afterwards). */
export async function loadDeskTexts(): Promise<void> {
  deskWanted = true;
  // A desk opened by the first address loads its route before initI18n has set i18next up (whose store
  // methods exist only from then): wait for it.
  if (!i18n.isInitialized) await new Promise<void>((resolve) => i18n.on('initialized', () => resolve()));
  await ensureLoaded(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
}

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
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  setDateLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

/** Sets up i18next with the language this account (or device) uses, its texts loaded. */
export async function initI18n(accountId?: string | null): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    const language = preferredLanguage(accountId);
    await i18n.use(initReactI18next).init({
      resources: {},
      lng: language,
      // Both files have the same keys (a unit test checks), so there is nothing to fall back to.
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    await ensureLoaded(language);
    setDateLocale(language);
    document.documentElement.lang = language;
  }
  return i18n;
}

export { i18n };
