import { type Language } from '../errors/app-error.js';

/**
 * The one place amounts and dates become text, for the API's DKK strings, the emails and letters,
 * the refusal texts and the import report. `Intl` with `da-DK` and `en-GB` is safe here: Node 20
 * ships full ICU, and a unit test pins the output.
 */

const AMOUNT = {
  da: new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

const LEGAL_DATE = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Øre are integers; kroner with two decimals are exact for every amount below 2^53 øre. */
const kroner = (ore: number): number => Math.round(ore) / 100;

/** An amount in øre as a reader sees it: "12.345,50 kr." (Danish) or "DKK 12,345.50" (English). */
export function formatMoney(ore: number, language: Language): string {
  const amount = AMOUNT[language].format(kroner(ore));
  return language === 'da' ? `${amount} kr.` : amount.startsWith('-') ? `-DKK ${amount.slice(1)}` : `DKK ${amount}`;
}

/** An amount in øre as the API's machine-readable DKK string: "12345.50", "-100.00". */
export function formatDkk(ore: number): string {
  return kroner(ore).toFixed(2);
}

/**
 * A legal date (`YYYY-MM-DD`, no time zone) as letters and rulings write it: "5. marts 2026" or
 * "5 March 2026". It formats the calendar date itself (as UTC midnight, formatted in UTC), so it
 * cannot slip a day around midnight or a daylight-saving change.
 */
export function formatLegalDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0–99 as 1900–1999
  return LEGAL_DATE[language].format(date);
}
