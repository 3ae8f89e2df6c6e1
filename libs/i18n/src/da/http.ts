/** Failures raised by the HTTP layer itself (routing, body parsing, guards, the database's refusals). */
export const http = {
  VALIDATION_FAILED: 'Oplysningerne er ikke gyldige. Ret de felter, der er nævnt, og prøv igen.',
  UNKNOWN_FIELD: 'Anmodningen indeholder felter, som systemet ikke kender. Fjern dem og prøv igen.',
  MALFORMED_JSON: 'Anmodningen er ikke gyldig JSON.',
  JSON_TOO_DEEP: 'Anmodningens JSON er indlejret for dybt (højst 32 niveauer).',
  INVALID_CHARACTERS:
    'Et felt indeholder tegn, der ikke kan gemmes (NUL-tegn eller ufuldstændige Unicode-tegn). Fjern dem og prøv igen.',
  PAYLOAD_TOO_LARGE: 'Anmodningen er for stor.',
  UNSUPPORTED_MEDIA_TYPE: 'Indholdstypen understøttes ikke. Send JSON (Content-Type: application/json).',
  NOT_FOUND: 'Ressourcen findes ikke.',
  METHOD_NOT_ALLOWED: 'Metoden er ikke tilladt her.',
  BAD_REQUEST: 'Anmodningen kan ikke behandles.',
  UNAUTHORIZED: 'Du skal logge ind.',
  FORBIDDEN: 'Du har ikke adgang til dette.',
  SERVICE_UNAVAILABLE: 'Tjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.',
  // The database refused the data (see http/database-errors.ts): the caller's fault, never a 500.
  CONFLICT: 'Oplysningerne strider mod noget, der allerede er registreret. Hent de nyeste oplysninger og prøv igen.',
  IN_USE: 'Posten bruges stadig af andre oplysninger og kan ikke slettes.',
  REFERENCE_NOT_FOUND: 'En henvisning i anmodningen peger på noget, der ikke findes.',
  CONSTRAINT_VIOLATED: 'Oplysningerne overholder ikke systemets regler. Ret dem og prøv igen.',
  VALUE_REQUIRED: 'Et påkrævet felt mangler eller er tomt.',
  INVALID_VALUE: 'En værdi i anmodningen har et ugyldigt format eller ligger uden for det tilladte område.',
  INTERNAL_ERROR: 'Der opstod en uventet fejl. Oplys fejl-id til support.',
};
