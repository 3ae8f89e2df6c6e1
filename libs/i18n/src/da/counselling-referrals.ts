/** Referrals to debt counselling (henvisning til gældsrådgivning): the refusals and their details. */
export const counsellingReferrals = {
  REFERRAL_NOT_FOUND: 'Henvisningen findes ikke.',
  REFERRAL_CONSENT_MISSING:
    'Lejeren har ikke givet samtykke, der er i kraft, til at blive henvist til denne gældsrådgivning. Registrér samtykket først.',
  REFERRAL_PERSON_NOT_TENANT: 'Personen er ikke lejer i sagens lejemål.',
  REFERRAL_STATE_INVALID: (p: { status: string; step: string }) =>
    `Henvisningen har status „${p.status}“, og det tillader ikke trinnet „${p.step}“.`,
  REFERRAL_REASON_MISSING: 'Angiv en begrundelse for at afvise henvisningen.',
  REFERRAL_DATE_IN_FUTURE: (p: { date: string }) => `Datoen ${p.date} ligger i fremtiden.`,
  REFERRAL_DATE_BEFORE_ACCEPTANCE: (p: { date: string; acceptedOn: string }) =>
    `Den første kontakt (${p.date}) kan ikke ligge før henvisningen blev modtaget (${p.acceptedOn}).`,
  REFERRAL_FIRST_CONTACT_MISSING:
    'Henvisningen kan kun afsluttes med dette resultat, når den første kontakt med lejeren er registreret.',
  statuses: {
    sent: 'sendt',
    accepted: 'modtaget',
    declined: 'afvist',
    in_contact: 'i kontakt',
    closed: 'afsluttet',
  },
  steps: {
    accept: 'modtag',
    decline: 'afvis',
    first_contact: 'første kontakt',
    close: 'afslut',
    consent_withdrawn: 'samtykke tilbagekaldt',
  },
  /** The messages of the errors' details, one per rule broken. */
  details: {
    consentInForce: 'Kræver et samtykke til gældsrådgivning, der nævner rådgivningen, og som er i kraft.',
    tenantOfCase: 'Skal være lejer i sagens lejemål.',
    stateAllowsStep: 'Trinnet er ikke tilladt i henvisningens nuværende status.',
    reasonRequired: 'Skal udfyldes.',
    notInFuture: 'Må ikke ligge i fremtiden.',
    notBeforeAcceptance: 'Må ikke ligge før henvisningen blev modtaget.',
    firstContactFirst: 'Registrér den første kontakt først.',
  },
};
