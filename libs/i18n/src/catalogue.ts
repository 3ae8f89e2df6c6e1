import { da } from './da/index.js';
import { en } from './en/index.js';
import { type Language, type LocalizedText } from './language.js';

/**
 * The message catalogue's shape, as the Danish catalogue declares it. The English one is typed
 * `Messages`, so a message missing from it, or taking other parameters, fails the type check.
 * A message is a string, or a function of named parameters when it has values in it.
 */
export type Messages = typeof da;

const CATALOGUES: Readonly<Record<Language, Messages>> = Object.freeze({ da, en });

/** The catalogue of one language. */
export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/**
 * One message in both languages, picked from the catalogue:
 * `localized((m) => m.http.NOT_FOUND)`, `localized((m) => m.validation.maxLength({ field, max }))`.
 */
export function localized(pick: (messages: Messages) => string): LocalizedText {
  return { da: pick(da), en: pick(en) };
}

/** One message in one language. */
export function message(language: Language, pick: (messages: Messages) => string): string {
  return pick(CATALOGUES[language]);
}
