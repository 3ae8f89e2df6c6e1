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
};
