/** Arrears cases: the texts of their errors and of the notice to the municipality. */
export const cases = {
  DATE_IN_FUTURE: 'Datoen ligger i fremtiden.',
  notFuture: (p: { field: string }) => `${p.field} må ikke ligge i fremtiden.`,
  NO_OPEN_CASE: 'Lejemålet har ingen åben restancesag.',
  TENANCY_EXISTS: 'Lejemålet er allerede oprettet i afdelingen.',
  UNKNOWN_REFERENCE: 'Personen findes ikke i jeres organisation.',
  personNotInOrganisation: 'Findes ikke i jeres organisation.',
  NOTICE_BEFORE_ARREARS: (p: { firstDueDate: string }) =>
    `Kommunen kan ikke være underrettet før den første ubetalte forfaldsdag (${p.firstDueDate}).`,
  noticeNotBeforeArrears: (p: { firstDueDate: string }) => `Må ikke ligge før ${p.firstDueDate}.`,
  NOTICE_DATE_CHANGED: (p: { previous: string }) =>
    `Kommunen er allerede underrettet med datoen ${p.previous}. Send underretningen som rettelse (correction: true) for at ændre datoen.`,
  noticeCorrectionRequired: (p: { previous: string }) => `Er allerede ${p.previous}; en anden dato er en rettelse.`,
  NOTICE_CORRECTION_WITHOUT_NOTICE: 'Der er ingen underretning at rette endnu.',
  noticeCorrectionNothingToCorrect: 'Der er ingen tidligere underretning.',
  /** The stages of a case (docs/legal-rules.md#the-steps-of-a-case). */
  stages: {
    registered: 'registreret',
    payment_demand_sent: 'påkrav sendt',
    deadline_passed: 'betalingsfristen overskredet',
    terminated: 'ophævet',
    eviction_requested: 'udsættelse begæret i fogedretten',
    eviction_scheduled: 'udsættelse berammet',
    payment_plan_agreed: 'afdragsordning aftalt',
    evicted: 'udsat',
    averted: 'udsættelse afværget',
    closed: 'lukket',
  },
  outcomes: {
    paid: 'restancen er betalt',
    payment_plan: 'betalingsaftale indgået',
    rent_assistance: 'huslejehjælp bevilget',
    moved_out: 'lejer er fraflyttet',
    withdrawn: 'sagen er trukket tilbage',
  },
  deliveryMethods: {
    registered_and_ordinary: 'anbefalet og almindeligt brev',
    registered: 'anbefalet brev',
    ordinary: 'almindeligt brev',
    digital_post: 'Digital Post',
    hand_delivered: 'afleveret personligt',
  },
  /** What happened on a case, rendered at read time from the event's type and values. */
  timeline: {
    payment_demand_sent: (p: { sent: string; method: string; fee: string; received: string; deadline: string }) =>
      `Påkrav sendt ${p.sent} (${p.method}) med gebyr ${p.fee}, kommet frem ${p.received}. Betalingsfristen udløber ${p.deadline}.`,
    // No full stop after the amount: the Danish one already ends in "kr.".
    deadline_passed: (p: { deadline: string; owed: string }) =>
      `Betalingsfristen udløb ${p.deadline}; lejer skylder ${p.owed}`,
    terminated: (p: { on: string }) => `Lejemålet ophævet ${p.on} (almenlejeloven § 90, stk. 1, nr. 1).`,
    eviction_requested: (p: { on: string; notice: string }) =>
      `Udsættelse begæret i fogedretten ${p.on}; kommunen underrettet ${p.notice} (almenlejeloven § 92, stk. 2).`,
    eviction_scheduled: (p: { decided: string; date: string }) =>
      `Fogedretten har ${p.decided} fastsat udsættelse til ${p.date}.`,
    eviction_rescheduled: (p: { decided: string; before: string; date: string }) =>
      `Fogedretten har ${p.decided} flyttet udsættelsen fra ${p.before} til ${p.date}.`,
    evicted: (p: { on: string }) => `Lejer udsat ${p.on}.`,
    averted: (p: { on: string }) => `Udsættelsen afværget ${p.on}.`,
    closed: (p: { on: string; outcome: string }) => `Sagen lukket ${p.on}: ${p.outcome}.`,
    municipality_notified: (p: { on: string }) => `Kommunen underrettet ${p.on} (almenlejeloven § 92, stk. 2).`,
    municipality_notice_corrected: (p: { on: string; corrects: string }) =>
      `Underretningen af kommunen rettet fra ${p.corrects} til ${p.on}.`,
    balance_carried_forward: (p: { amount: string }) => `Restance fra en tidligere sag overført: ${p.amount}`,
    balance_moved_to_new_case: (p: { amount: string }) => `Restancen er overført til en ny sag: ${p.amount}`,
    // No full stop after an amount: the Danish one already ends in "kr.".
    payment_plan_agreed: (p: { on: string; amount: string; count: string; instalment: string; first: string }) =>
      `Afdragsordning aftalt ${p.on}: ${p.amount} betales i ${p.count} afdrag på ${p.instalment}, første gang ${p.first}. ` +
      'Den løbende husleje skal betales ved siden af. De retlige skridt er sat i bero.',
    payment_plan_completed: (p: { on: string }) =>
      `Afdragsordningen er gennemført ${p.on}, og restancen er betalt. Sagen er lukket som betalt.`,
    payment_plan_broken: (p: { on: string; owed: string }) =>
      `Afdragsordningen er misligholdt ${p.on}; lejer skylder ${p.owed}. De retlige skridt kan genoptages med et nyt påkrav`,
    rent_assistance_applied: (p: { on: string; kind: string }) => `Ansøgning om ${p.kind} indgivet ${p.on}.`,
    rent_assistance_decided: (p: { on: string; kind: string; decision: string }) =>
      `Ansøgning om ${p.kind} ${p.decision} ${p.on}.`,
    rent_assistance_decision_corrected: (p: { on: string; kind: string; decision: string; previous: string }) =>
      `Afgørelsen om ${p.kind} rettet fra ${p.previous} til ${p.decision} ${p.on}.`,
  },
};
