/** The kinds of record a message can name ("Sagen findes ikke."), as a sentence begins with them. */
export const entities = {
  municipality: 'Kommunen',
  housing_organisation: 'Boligorganisationen',
  department: 'Afdelingen',
  probation_unit: 'Kriminalforsorgens enhed',
  counselling_provider: 'Gældsrådgivningen',
  user: 'Brugeren',
  person: 'Personen',
  consent: 'Samtykket',
  tenancy: 'Lejemålet',
  arrears_case: 'Sagen',
  payment_plan: 'Afdragsordningen',
  arrears_import: 'Indlæsningen',
  warning: 'Varslet',
  inbox_item: 'Beskeden',
  notification: 'Meddelelsen',
  cooperation_agreement: 'Samarbejdsaftalen',
};

/** The six roles, as a person is called in a sentence. */
export const roles = {
  housing_caseworker: 'sagsbehandler i en boligorganisation',
  municipal_social_worker: 'socialrådgiver i en kommune',
  debt_advisor: 'gældsrådgiver',
  probation_officer: 'medarbejder i Kriminalforsorgen',
  manager: 'leder',
  administrator: 'administrator',
};

/** The organisations a user or a consent can be linked to, with the indefinite article. */
export const organisationKinds = {
  housingOrganisationId: 'en boligorganisation',
  municipalityId: 'en kommune',
  probationUnitId: 'en enhed i Kriminalforsorgen',
  counsellingProviderId: 'en gældsrådgivning',
  municipality: 'en kommune',
  housing_organisation: 'en boligorganisation',
  probation_unit: 'en enhed i Kriminalforsorgen',
  counselling_provider: 'en gældsrådgivning',
  none: 'ingen organisation',
};

export const directory = {
  notFound: (p: { entity: string }) => `${p.entity} findes ikke.`,
  inUse: (p: { entity: string }) => `${p.entity} kan ikke slettes, fordi andre oplysninger henviser til den.`,
  unknownReference: 'Anmodningen henviser til noget, der ikke findes.',
  referenceMissing: 'Findes ikke.',
  departmentNumberTaken: (p: { number: string }) => `Boligorganisationen har allerede en afdeling nummer ${p.number}.`,
  cvrTaken: (p: { cvr: string }) => `Der findes allerede en boligorganisation med CVR-nummer ${p.cvr}.`,
  municipalityCodeTaken: (p: { code: string }) => `Der findes allerede en kommune med kommunekode ${p.code}.`,
};

export const access = {
  INVALID_CREDENTIALS: 'Forkert e-mail eller adgangskode.',
  LOGIN_THROTTLED: (p: { seconds: string }) => `For mange mislykkede forsøg. Prøv igen om ${p.seconds} sekunder.`,
  TOKEN_INVALID: 'Ugyldigt login. Log ind igen.',
  TOKEN_EXPIRED: 'Dit login er udløbet. Log ind igen.',
  TOKEN_REVOKED: 'Dit login er tilbagekaldt. Log ind igen.',
  REFRESH_TOKEN_REUSED: 'Dit login blev brugt to gange og er derfor lukket af sikkerhedshensyn. Log ind igen.',
  AUTHENTICATION_REQUIRED: 'Du skal logge ind.',
  ROLE_NOT_ALLOWED: 'Din rolle giver ikke adgang til dette.',
  PASSWORD_TOO_WEAK: 'Adgangskoden skal have mindst 12 tegn.',
  passwordMinLength: 'Skal have mindst 12 tegn.',
  SCOPE_MISMATCH: (p: { role: string; organisations: string }) =>
    `En ${p.role} skal knyttes til præcis én af disse: ${p.organisations}.`,
  scopeField: (p: { organisations: string }) => `Skal knyttes til præcis én af disse: ${p.organisations}.`,
  EMAIL_TAKEN: 'Der findes allerede en bruger med denne e-mail.',
};

export const personalData = {
  CPR_FORMAT: 'CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX).',
  CPR_DATE: 'CPR-nummeret indeholder ikke en gyldig fødselsdato.',
  cprField: 'Er ikke et gyldigt CPR-nummer.',
  PERSON_EXISTS: 'Personen med dette CPR-nummer er allerede oprettet i jeres organisation.',
  STALE_VERSION: 'Oplysningerne er ændret af en anden siden du hentede dem. Hent dem igen og gentag ændringen.',
  STALE_VERSION_AHEAD: (p: { sent: string; current: string }) =>
    `Versionen ${p.sent} findes ikke endnu: den nyeste er ${p.current}. Hent oplysningerne igen og gentag ændringen.`,
  versionField: (p: { current: string }) => `Skal være den version, du hentede (den nyeste er ${p.current}).`,
  PERSON_HAS_OPEN_CASE: 'Personen har en åben sag og kan ikke slettes, før sagen er afsluttet.',
  PERSON_ANONYMISED: 'Personens oplysninger er slettet (anonymiseret) og kan ikke ændres.',
  CONSENT_RECIPIENT_MISMATCH: (p: { recipient: string }) =>
    `Samtykkets formål passer ikke til modtageren: modtageren skal være ${p.recipient}.`,
  recipientField: (p: { recipient: string }) => `Skal være ${p.recipient}.`,
  CONSENT_PERIOD_INVALID: 'Samtykkets udløbstidspunkt skal ligge efter tidspunktet, hvor det blev givet.',
  expiresAfterGiven: 'Skal ligge efter tidspunktet, hvor samtykket blev givet.',
};
