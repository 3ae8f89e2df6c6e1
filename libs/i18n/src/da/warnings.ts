/** The warnings area: the rules' titles (inbox and case views) and the errors of the inbox, deliveries and agreements. */
export const warnings = {
  /** The title of each early-warning rule, as a heading. */
  rules: {
    'statutory-eviction-notice': 'Underretning om udsættelsessag (§ 92, stk. 2)',
    'arrears-registered': 'Restance registreret',
    'payment-demand-sent': 'Påkrav sendt',
    'deadline-passed': 'Betalingsfristen er overskredet',
    terminated: 'Lejemålet er ophævet',
    'eviction-scheduled-reminder': 'Udsættelse nærmer sig',
    'referral-sent': 'Henvisning til gældsrådgivning',
    'referral-first-contact-overdue': 'Ingen første kontakt efter henvisning',
    'payment-plan-instalment-missed': 'Afdrag i afdragsordning ikke betalt',
    'payment-plan-broken': 'Afdragsordningen er misligholdt',
    'counselling-next-action-due': 'Næste handling i gældsrådgivningen er ikke udført',
    'custody-arrears-registered': 'Huslejerestance, mens lejeren er frihedsberøvet',
    'custody-notice': 'Lejeren er frihedsberøvet – kontakt under fraværet',
    'custody-contact-updated': 'Ny kontakt, mens lejeren er frihedsberøvet',
    'custody-released': 'Lejeren er løsladt',
    'custody-release-reminder': 'Løsladelsesplanen: en opgave nærmer sig, er overskredet, eller fremlejen slutter',
  },
  errors: {
    NOT_ACKNOWLEDGEABLE: 'En opgave om en meddelelse, der ikke kunne leveres, kvitteres ikke; markér den som læst.',
    ALREADY_ACKNOWLEDGED: 'Varslet er allerede kvitteret.',
    NOTIFICATION_NOT_UNDELIVERED: 'Kun en meddelelse, der ikke kunne leveres, kan sendes igen.',
    AGREEMENT_PERIOD_INVALID: 'Slutdatoen ligger før startdatoen.',
    INVALID_EMAIL: 'Adressen er ikke en gyldig e-mailadresse.',
  },
  /** The messages of the errors' details, one per rule broken. */
  details: {
    undeliveredIsNotAcknowledged: 'Markér opgaven som læst i stedet.',
    alreadyAcknowledged: 'Varslet blev kvitteret tidligere; se hvem og hvornår.',
    notUndelivered: 'Meddelelsen er ikke markeret som ikke leveret.',
    notBeforeValidFrom: 'Slutdatoen må ikke ligge før startdatoen.',
    email: 'Skal være en gyldig e-mailadresse.',
  },
};
