import { type LocalizedText, type Language } from './app-error.js';

/**
 * One thing wrong with a request: the field at fault (null for the request as a whole), the rule
 * it broke, a message in the reader's language, and any values that help put it right
 * (`earliestDate`, `currentVersion`, `retryAfterSeconds`, `rowNumber`).
 */
export interface ErrorDetail {
  field: string | null;
  rule: string;
  message: string;
  [value: string]: unknown;
}

/** The one error shape every endpoint answers with; `details` is always a list, empty when there is nothing to add. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  requestId: string;
  errorId?: string;
}

/** Picks Danish or English from an Accept-Language header; Danish when neither is asked for. */
export function pickLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('da')) return 'da';
    if (tag.startsWith('en')) return 'en';
  }
  return 'da';
}

export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
