/**
 * Field-level validation messages, one per class-validator rule (the `rule` of a problem). They
 * do not name the field: the problem's `field` does, and a screen shows the text beside it.
 */
export const validation = {
  isString: 'Skal være tekst.',
  isInt: 'Skal være et helt tal.',
  isNumber: 'Skal være et tal.',
  min: (p: { min: string }) => `Skal være mindst ${p.min}.`,
  max: (p: { max: string }) => `Må højst være ${p.max}.`,
  isUuid: 'Skal være et gyldigt id (UUID).',
  isIn: (p: { values: string }) => `Skal være en af disse værdier: ${p.values}.`,
  isEnum: (p: { values: string }) => `Skal være en af disse værdier: ${p.values}.`,
  maxLength: (p: { max: string }) => `Må højst være ${p.max} tegn.`,
  minLength: (p: { min: string }) => `Skal være mindst ${p.min} tegn.`,
  isLength: (p: { min: string; max: string }) => `Skal være mellem ${p.min} og ${p.max} tegn.`,
  matches: 'Har ikke det forventede format.',
  isCalendarDate: 'Skal være en dato skrevet ÅÅÅÅ-MM-DD.',
  isDate: 'Skal være et tidspunkt.',
  isIso8601: 'Skal være et tidspunkt skrevet efter ISO 8601 (fx 2026-12-01T09:30:00Z).',
  isEmail: 'Skal være en gyldig e-mailadresse.',
  isArray: 'Skal være en liste.',
  arrayMaxSize: (p: { max: string }) => `Må højst have ${p.max} elementer.`,
  arrayMinSize: (p: { min: string }) => `Skal have mindst ${p.min} elementer.`,
  isBoolean: 'Skal være true eller false.',
  isDefined: 'Skal udfyldes.',
  isNotEmpty: 'Skal udfyldes.',
  isObject: 'Skal være et JSON-objekt.',
  bodyIsObject: 'Indholdet skal være et JSON-objekt, ikke en liste.',
  nestedValidation: 'Skal være et objekt med de beskrevne felter.',
  whitelistValidation: 'Feltet kendes ikke. Fjern det.',
  unknownValue: 'Indholdet kan ikke læses som de forventede felter.',
  characters: 'Indeholder tegn, der ikke kan gemmes (NUL-tegn eller ufuldstændige Unicode-tegn).',
  pathCharacters: 'Adressen er ikke gyldig procent-kodet UTF-8.',
  /** Any rule without its own message. */
  other: 'Værdien er ikke gyldig.',
};
