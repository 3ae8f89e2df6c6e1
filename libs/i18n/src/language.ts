/** The two languages the system speaks; Danish is the default everywhere. */
export type Language = 'da' | 'en';

export const LANGUAGES: readonly Language[] = ['da', 'en'];

/** User-facing text in both languages, as an error or a rendered message carries it. */
export interface LocalizedText {
  da: string;
  en: string;
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as LocalizedText).da === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}
