/** What a legal step does, in the infinitive, for "herfra kan man …". */
export const transitions = {
  send_payment_demand: 'sende påkrav',
  mark_deadline_passed: 'registrere at betalingsfristen er overskredet',
  terminate: 'ophæve lejemålet',
  request_eviction: 'begære udsættelse i fogedretten',
  schedule_eviction: 'registrere fogedrettens dato for udsættelsen',
  record_eviction: 'registrere udsættelsen',
  avert: 'registrere at udsættelsen er afværget',
  close: 'lukke sagen',
};

/**
 * Why a legal step was refused (libs/domain/src/arrears/legal-steps/case-state-machine.errors.ts).
 * Dates and amounts come already written in the reader's language; never free text from a user.
 */
export const refusals = {
  or: 'eller',
  CASE_STAGE_INVALID: (p: { stage: string; attempted: string; allowed: string }) =>
    `Sagen står som »${p.stage}«, så man kan ikke ${p.attempted} nu. Herfra kan man ${p.allowed}.`,
  CASE_CLOSED: (p: { stage: string }) => `Sagen er afsluttet (${p.stage}); der kan ikke registreres flere skridt.`,
  DATE_IN_FUTURE: (p: { date: string; today: string }) =>
    `Datoen ${p.date} ligger ude i fremtiden (i dag er ${p.today}). Registrér skridtet, når det er sket.`,
  DATE_BEFORE_PREVIOUS_STEP: (p: { date: string; step: string; previous: string }) =>
    `Datoen ${p.date} ligger før ${p.step} ${p.previous}.`,
  steps: {
    termination: 'ophævelsen',
    evictionRequest: 'begæringen om udsættelse',
    scheduledEviction: 'den berammede udsættelse',
    paymentDemand: 'påkravet',
    paymentPlan: 'afdragsordningen',
  },
  PAYMENT_DEMAND_TOO_EARLY: (p: { earliest: string; dueDate: string }) =>
    `Påkrav kan tidligst sendes ${p.earliest}. Lejen forfaldt ${p.dueDate}, og påkrav må først afgives efter ` +
    '3. hverdag efter sidste rettidige betalingsdag (almenlejeloven § 90, stk. 2). ' +
    'Et for tidligt påkrav er ugyldigt, og det samme er en ophævelse bygget på det.',
  RECEIVED_BEFORE_SENT: (p: { sent: string; received: string }) =>
    `Påkravet kan ikke være kommet frem (${p.received}) før det blev sendt (${p.sent}).`,
  nothingOwedNoDueDate: 'Der er ingen ubetalt husleje med en forfaldsdag, så der er intet at sende påkrav for.',
  nothingOwedDemand: 'Lejer skylder ikke noget, så der er intet at sende påkrav for.',
  nothingOwedTermination: 'Lejer skylder ikke noget, så lejemålet kan ikke ophæves for manglende betaling.',
  nothingOwedPaymentPlan: 'Lejer skylder ikke noget, så der er intet at aftale en afdragsordning om.',
  PAYMENT_PLAN_ACTIVE:
    'Der er aftalt en afdragsordning, så de retlige skridt er sat i bero. ' +
    'Registrér først, at ordningen er gennemført eller misligholdt.',
  PAYMENT_PLAN_NOT_ACTIVE: (p: { stage: string }) => `Sagen står som »${p.stage}« og har ingen løbende afdragsordning.`,
  DEADLINE_NOT_PASSED: (p: { deadline: string; firstDayAfter: string }) =>
    `Betalingsfristen løber til og med ${p.deadline}. At den er overskredet, kan tidligst registreres ${p.firstDayAfter}.`,
  TERMINATION_TOO_EARLY: (p: { earliest: string; deadline: string }) =>
    `Lejemålet kan tidligst ophæves ${p.earliest}, dagen efter at betalingsfristen udløber ${p.deadline} ` +
    '(almenlejeloven § 90, stk. 1, nr. 1).',
  noticeRule:
    'Kommunen skal have skriftlig underretning om lejers navn og adresse senest samme dag, ' +
    'som udsættelse begæres i fogedretten (almenlejeloven § 92, stk. 2).',
  noticeMissing: (p: { rule: string }) => `${p.rule} Opret underretningen til kommunen først.`,
  noticeAfterRequest: (p: { rule: string; notice: string; request: string }) =>
    `${p.rule} Underretningen er dateret ${p.notice}, efter begæringen ${p.request}.`,
  EVICTION_DATE_INVALID: (p: { evictionDate: string; decidedOn: string }) =>
    `Udsættelsesdatoen ${p.evictionDate} ligger før fogedrettens afgørelse ${p.decidedOn}.`,
  EVICTION_DATE_UNCHANGED: (p: { evictionDate: string }) =>
    `Udsættelsen er allerede fastsat til ${p.evictionDate}. Angiv den nye dato, hvis fogedretten har flyttet den.`,
  // No full stop after the amount: the Danish one already ends in "kr.".
  ARREARS_NOT_PAID: (p: { owed: string }) => `Sagen kan ikke lukkes som betalt: lejer skylder stadig ${p.owed}`,
  FEE_INVALID: (p: { max: string }) => `Påkravsgebyret skal være et helt antal øre fra 0 til ${p.max}`,
  REASON_MISSING: 'Angiv hvorfor udsættelsen blev afværget.',
};

/** The legal dates ahead of a case, as the case page names them. */
export const deadlineLabels = {
  earliestPaymentDemand: 'Påkrav kan tidligst sendes',
  paymentDeadline: 'Sidste dag for betaling efter påkrav',
  earliestTermination: 'Lejemålet kan tidligst ophæves',
  eviction: 'Udsættelse berammet',
};
