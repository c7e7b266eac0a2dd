import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogNames } from '../../layout/catalog/names';
import { binderCategoryNames, deviceStateNames, pick } from './device-names';
import { en } from './en';
import { zh } from './zh';

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

/** The browser's language picks the default; a choice made in the UI wins. */
export function pickLanguage(preferred: readonly string[], stored: string | null): Language {
  if (stored === 'en' || stored === 'zh') return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

const STORAGE_KEY = 'hos.language';

export function initI18n(lng?: Language) {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const language = lng ?? pickLanguage(preferred, stored);
  const instance = i18next.createInstance();
  // Catalog kind names live with the catalog data; they join the one catalog here.
  // So do the device state and binder category names, which live with the models' vocabulary.
  const names = (l: Language) => ({
    catalog: pick(catalogNames, l),
    deviceState: pick(deviceStateNames, l),
    binderCategory: pick(binderCategoryNames, l),
  });
  instance.use(initReactI18next).init({
    resources: {
      en: { translation: { ...en, ...names('en') } },
      zh: { translation: { ...zh, ...names('zh') } },
    },
    lng: language,
    fallbackLng: 'en',
    // React escapes text itself; user text never goes through HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (l) => {
    if (typeof document !== 'undefined')
      document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Private mode may refuse storage; the choice then lasts for this tab.
    }
  });
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }
  return instance;
}
