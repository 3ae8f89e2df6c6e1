/** The housing plan and the release tasks of a custody episode (issue 15, items 3 and 5): refusals and reminders. */
export const custodyPlanning = {
  HOUSING_PLAN_INVALID: 'Boligplanen kan ikke gemmes. Ret felterne nedenfor.',
  HOUSING_PLAN_OPTION_NOT_ALLOWED:
    'Du kan ikke registrere denne beslutning: at kommunen betaler boligudgiften, registreres af kommunen eller Kriminalforsorgen.',
  RELEASE_TASK_NOT_FOUND: 'Opgaven findes ikke.',
  RELEASE_TASK_ALREADY_COMPLETED: 'Opgaven er allerede markeret som udført.',
  RELEASE_TASK_NOT_RESPONSIBLE: 'Opgaven er ikke jeres: den markeres som udført af den ansvarlige part.',
  RELEASE_TASK_COMPLETED_IN_FUTURE: 'Datoen for udførelsen kan ikke ligge efter i dag.',
  RELEASE_TASK_COMPLETED_BEFORE_START: (p: { startedOn: string }) =>
    `Datoen for udførelsen kan ikke ligge før frihedsberøvelsens start (${p.startedOn}).`,
  reminders: {
    release_task_due: (p: { task: string; date: string }) =>
      `Løsladelsesplanen: ${p.task} skal være klar senest ${p.date}.`,
    release_task_overdue: (p: { task: string; date: string }) =>
      `Løsladelsesplanen: ${p.task} skulle have været klar ${p.date} og er ikke markeret som udført.`,
    sublet_ending: (p: { date: string }) =>
      `Fremlejen af boligen slutter ${p.date}. Aftal med lejer, kontaktperson og udlejer, hvad der skal ske.`,
  },
};
