import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messagesFor, type Language, type Messages } from '@app/i18n';
import { setApiLanguage } from './api';

/**
 * The language of the screens: Danish by default, English switchable, from the one message
 * catalogue the server's emails and errors also use (libs/i18n). The choice is a preference, not
 * a secret, so it is remembered in localStorage; the API's error texts follow it through
 * Accept-Language.
 */
const STORAGE_KEY = 'ep.language';

interface I18n {
  language: Language;
  m: Messages;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** The language chosen in this browser before (Danish when none). */
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(initial ?? storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    setApiLanguage(language);
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setApiLanguage(next);
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ language, m: messagesFor(language), setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
