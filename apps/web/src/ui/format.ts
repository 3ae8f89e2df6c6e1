import type { Language } from '@app/i18n';

// Intl formatters are costly to build (a case page formats hundreds of amounts and instants):
// each is built once and reused.
const KRONER = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Swedish writes dates as YYYY-MM-DD: the calendar day in Copenhagen, ISO-shaped.
const COPENHAGEN_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const INSTANT: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }),
};

/**
 * Amounts arrive as integer øre (docs: money is never a float) and are shown as kroner with two
 * decimals, the Danish way (1.234,50 kr.) in both languages: the amounts are Danish kroner.
 */
export function formatOre(ore: number | string | null | undefined): string {
  if (ore === null || ore === undefined || ore === '') return '–';
  const value = typeof ore === 'string' ? Number(ore) : ore;
  return `${kronerText(value)} kr.`;
}

/** Øre as kroner without the currency ("5.000,50"), as a form field shows it; parseKroner reads it back. */
export function kronerText(ore: number): string {
  return KRONER.format(ore / 100);
}

/** Today in Copenhagen, as the legal calendar counts days (YYYY-MM-DD). */
export function todayInCopenhagen(now: Date = new Date()): string {
  return COPENHAGEN_DAY.format(now);
}

/** Parses what a person types as kroner ("1.234,50", "1234.5", "1234") into øre; undefined if it is not an amount. */
export function parseKroner(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s|kr\.?$/gi, '');
  if (!/^-?[\d.,]+$/.test(trimmed)) return undefined;
  // The last separator followed by one or two digits is the decimal one; others group thousands.
  const match = /^(-?[\d.,]*?)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return undefined;
  const whole = match[1]!.replace(/[.,]/g, '');
  if (whole === '' || whole === '-') return undefined;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const ore = Number(whole) * 100 + Math.sign(Number(whole) || 1) * Number(fraction || '0');
  return Number.isSafeInteger(ore) ? ore : undefined;
}

/** A legal date (YYYY-MM-DD, no time zone) as dd-mm-yyyy in Danish, or "1 Dec 2026" in English. */
export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) return '–';
  const [year, month, day] = date.slice(0, 10).split('-');
  if (language === 'da') return `${day}-${month}-${year}`;
  return ENGLISH_DATE.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** An instant, in Copenhagen time. */
export function formatInstant(instant: string | null | undefined, language: Language): string {
  if (!instant) return '–';
  return INSTANT[language].format(new Date(instant));
}
