import { type IsoDate } from '@app/calendar';
import { formatLegalDate as formatDate, formatMoney } from '@app/common';

/** A text ready for a caseworker in both languages. */
export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

export type LegalLanguage = keyof Bilingual;

/** A legal date as letters and rulings write it: "5. marts 2024" / "5 March 2024" (one formatter, @app/common). */
export function formatLegalDate(date: IsoDate, lang: LegalLanguage): string {
  return formatDate(date, lang);
}

/** Both languages at once, for messages built from template literals. */
export function legalDate(date: IsoDate): Bilingual {
  return { da: formatLegalDate(date, 'da'), en: formatLegalDate(date, 'en') };
}

/** An amount in øre as kroner in both languages: "1.234,50 kr." / "DKK 1,234.50" (one formatter, @app/common). */
export function formatKroner(ore: number): Bilingual {
  return { da: formatMoney(ore, 'da'), en: formatMoney(ore, 'en') };
}

/** "a, b eller c" / "a, b or c". */
export function joinAlternatives(items: readonly Bilingual[]): Bilingual {
  const join = (lang: LegalLanguage, or: string): string => {
    const words = items.map((item) => item[lang]);
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${or} ${words[words.length - 1]}`;
  };
  return { da: join('da', 'eller'), en: join('en', 'or') };
}
