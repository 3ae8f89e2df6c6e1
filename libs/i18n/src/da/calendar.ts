/**
 * The legal calendar's texts: its refusals, the names it writes dates with, and the explanation of
 * each computed date. Provisions are cited as a Danish reader cites them.
 */
export const calendar = {
  months: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  /** "mandag 5. oktober 2026"; without the year when `year` is empty. */
  longDate: (p: { weekday: string; day: string; month: string; year: string }) =>
    `${p.weekday} ${p.day}. ${p.month}${p.year ? ` ${p.year}` : ''}`,
  /** How provisions are cited in running text. */
  citations: {
    dueDate: 'almenlejeloven § 44, stk. 2',
    demand: 'almenlejeloven § 90, stk. 2',
    termination: 'almenlejeloven § 90, stk. 1, nr. 1',
  },
  and: 'og',
  errors: {
    invalidDate: 'Datoen skal være en gyldig kalenderdato skrevet ÅÅÅÅ-MM-DD.',
    outOfRange: 'Datoen ligger uden for årene 0001–9999.',
    dayNumber: 'Et dagnummer skal være et heltal.',
    days: 'Antallet af dage skal være et heltal.',
    businessDays: 'Antallet af bankdage skal være et heltal på 0 eller mere.',
    year: 'Året skal være et heltal mellem 1 og 9999.',
    instant: 'Tidspunktet er ugyldigt.',
    rules: (p: { setting: string }) => `Kalenderindstillingen ${p.setting} er ugyldig.`,
  },
  reasons: {
    saturday: 'en lørdag',
    sunday: 'en søndag',
    publicHoliday: (p: { holiday: string }) => `${p.holiday}, en helligdag`,
    constitutionDay: 'grundlovsdag',
    closedDay: (p: { day: string; basis: string }) => `${p.day} (jf. ${p.basis})`,
  },
  lastOnTimeDayMoved: (p: { due: string; reason: string; last: string; basis: string }) =>
    `Forfaldsdagen, ${p.due}, er ${p.reason}, så sidste rettidige betalingsdag er den følgende hverdag, ${p.last} (${p.basis}).`,
  lastOnTimeDay: (p: { due: string; basis: string }) =>
    `Forfaldsdagen, ${p.due}, er sidste rettidige betalingsdag (${p.basis}).`,
  countFromDueDate: (p: { date: string }) => `forfaldsdagen, ${p.date}`,
  countFromLastOnTimeDay: (p: { date: string }) => `sidste rettidige betalingsdag, ${p.date}`,
  saturdaysCount: (p: { basis: string }) => `lørdage tæller med, søn- og helligdage gør ikke (${p.basis})`,
  saturdaysDoNotCount: 'hverken lørdage, søn- eller helligdage tæller med',
  earliestDemand: (p: { start: string; which: string; counted: string; earliest: string; basis: string }) =>
    `Påkrav kan tidligst afgives efter 3. hverdag efter ${p.start}; ${p.which}. De talte hverdage er ${p.counted}, så påkravet kan tidligst afgives ${p.earliest} (${p.basis}).`,
  deadlineMoved: (p: { reason: string; deadline: string }) =>
    `; det er ${p.reason}, så fristen udskydes til den følgende hverdag, ${p.deadline}`,
  paymentDeadline: (p: { days: string; received: string; raw: string; moved: string; basis: string }) =>
    `Betalingsfristen udløber ${p.days} dage efter, at påkravet kom frem ${p.received}, dvs. ${p.raw}${p.moved} (${p.basis}).`,
  termination: (p: { deadline: string; termination: string; basis: string }) =>
    `Er restancen ikke betalt senest ${p.deadline}, kan udlejer tidligst hæve lejeaftalen dagen efter, ${p.termination} (${p.basis}).`,
  warnings: {
    DUE_DATE_BEFORE_2013:
      'For leje, der forfaldt før 1. januar 2013, gjaldt løbedage; påkravsdatoen her følger reglerne fra 2013.',
    DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE: (p: { received: string; earliest: string }) =>
      `Påkravet kom frem ${p.received}, før det tidligst måtte afgives (${p.earliest}); et for tidligt påkrav kan ikke bære en ophævelse.`,
    DEMAND_RECEIVED_BEFORE_JUNE_2009: (p: { days: string; basis: string }) =>
      `Påkrav afgivet før 1. juni 2009 havde en betalingsfrist på 3 dage, ikke ${p.days} (${p.basis}); beregn med paymentDeadlineDays = 3.`,
  },
};
