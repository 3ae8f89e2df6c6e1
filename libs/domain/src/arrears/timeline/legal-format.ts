import { dateParts, MONTH_NAMES, type IsoDate } from '@app/calendar';

/** A text ready for a caseworker in both languages. */
export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

export type LegalLanguage = keyof Bilingual;

/**
 * A legal date as it is written in letters and rulings: "5. marts 2024" (Danish, ordinal day with a
 * full stop, lower-case month) or "5 March 2024" (British English). Works on the calendar date
 * itself, never on local time, so it cannot slip a day around midnight or a DST change.
 */
export function formatLegalDate(date: IsoDate, lang: LegalLanguage): string {
  const { year, month, day } = dateParts(date);
  return lang === 'da' ? `${day}. ${MONTH_NAMES.da[month - 1]} ${year}` : `${day} ${MONTH_NAMES.en[month - 1]} ${year}`;
}

/** Both languages at once, for messages built from template literals. */
export function legalDate(date: IsoDate): Bilingual {
  return { da: formatLegalDate(date, 'da'), en: formatLegalDate(date, 'en') };
}

function groupThousands(whole: number, separator: string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * An amount in øre as kroner: "1.234,50 kr." / "DKK 1,234.50". Hand-written rather than `Intl`, so
 * the text does not depend on the ICU data the Node build ships with.
 */
export function formatKroner(ore: number): Bilingual {
  const sign = ore < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(ore));
  const whole = Math.floor(absolute / 100);
  const cents = String(absolute % 100).padStart(2, '0');
  return {
    da: `${sign}${groupThousands(whole, '.')},${cents} kr.`,
    en: `${sign}DKK ${groupThousands(whole, ',')}.${cents}`,
  };
}

/** "a, b eller c" / "a, b or c". */
export function joinAlternatives(items: readonly Bilingual[]): Bilingual {
  const join = (lang: LegalLanguage, or: string): string => {
    const words = items.map((item) => item[lang]);
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${or} ${words[words.length - 1]}`;
  };
  return { da: join('da', 'eller'), en: join('en', 'or') };
}
