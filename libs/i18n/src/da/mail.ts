/**
 * The texts of the emails (libs/mail): warnings, the § 92, stk. 2 notice, digests, escalations and
 * the municipality's registration. Values are passed already formatted (dates by formatLegalDate,
 * amounts by formatMoney), so a message never decides how a date or an amount looks.
 */

/** The kinds of warning, lower-case so they read inside a sentence or after a dash. */
const kinds = {
  'statutory-eviction-notice': 'underretning om udsættelsessag (§ 92, stk. 2)',
  'arrears-registered': 'huslejerestance registreret',
  'payment-demand-sent': 'påkrav sendt',
  'deadline-passed': 'betalingsfristen er overskredet',
  terminated: 'lejemålet er ophævet',
  'eviction-scheduled-reminder': 'udsættelsen nærmer sig',
  'referral-sent': 'henvisning til gældsrådgivning',
  'referral-first-contact-overdue': 'ingen første kontakt efter henvisning',
  'payment-plan-instalment-missed': 'afdrag i afdragsordning ikke betalt',
  'payment-plan-broken': 'afdragsordningen er misligholdt',
  'counselling-next-action-due': 'næste handling i gældsrådgivningen er ikke udført',
  'custody-arrears-registered': 'huslejerestance registreret, mens lejeren er frihedsberøvet',
  'custody-notice': 'lejeren er frihedsberøvet – kontakt under fraværet',
  'custody-contact-updated': 'ny kontakt, mens lejeren er frihedsberøvet',
  'custody-released': 'lejeren er løsladt',
  'custody-release-reminder': 'påmindelse om løsladelsesplanen',
};

/** A warning's event and its date in one line, for lists. */
const eventLines = {
  'statutory-eviction-notice': (p: { date: string }) => `Underretning om udsættelsessag givet d. ${p.date}`,
  'arrears-registered': (p: { date: string }) => `Huslejerestance registreret d. ${p.date}`,
  'payment-demand-sent': (p: { date: string }) => `Påkrav sendt d. ${p.date}`,
  'deadline-passed': (p: { date: string }) => `Betalingsfristen udløb d. ${p.date} uden betaling`,
  terminated: (p: { date: string }) => `Lejemålet ophævet d. ${p.date}`,
  'eviction-scheduled-reminder': (p: { date: string }) => `Udsættelse fastsat til d. ${p.date}`,
  'referral-sent': (p: { date: string }) => `Henvist til gældsrådgivning d. ${p.date}`,
  'referral-first-contact-overdue': (p: { date: string }) => `Henvisning modtaget d. ${p.date}, ingen første kontakt`,
  'payment-plan-instalment-missed': (p: { date: string }) => `Afdrag med forfald d. ${p.date} ikke betalt`,
  'payment-plan-broken': (p: { date: string }) => `Afdragsordningen misligholdt d. ${p.date}`,
  'counselling-next-action-due': (p: { date: string }) => `Næste handling skulle være udført d. ${p.date}`,
  'custody-arrears-registered': (p: { date: string }) =>
    `Huslejerestance registreret d. ${p.date} under frihedsberøvelse`,
  'custody-notice': (p: { date: string }) => `Frihedsberøvet fra d. ${p.date}`,
  'custody-contact-updated': (p: { date: string }) => `Ny kontakt under frihedsberøvelse (fra d. ${p.date})`,
  'custody-released': (p: { date: string }) => `Løsladt d. ${p.date}`,
  'custody-release-reminder': (p: { date: string }) => `Påmindelse om d. ${p.date}`,
};

const fields = {
  tenants: 'Lejer(e)',
  address: 'Adresse',
  reference: 'Sagsnummer',
  landlord: 'Udlejer',
  department: 'Afdeling',
  housingOrganisation: 'Boligorganisation',
  balance: 'Restance',
  monthsInArrears: 'Antal måneder i restance',
  paymentDeadline: 'Betalingsfrist',
  terminatedOn: 'Lejemålet ophævet',
  evictionDate: 'Udsættelsesdato',
  childrenUnder18: 'Børn under 18 år i husstanden',
  instalmentNumber: 'Afdrag nr.',
  instalmentDueOn: 'Afdraget forfaldt',
  behindBy: 'Bagud i forhold til afdragsordningen',
  missedInstalments: 'Afdrag ikke betalt',
  acknowledgeBy: 'Kvittér senest',
  basis: 'Grundlag',
  noticeDate: 'Underretningsdato',
  landlordContact: 'Kontakt hos udlejer',
  warningSent: 'Varslet sendt',
  acknowledgementDeadline: 'Frist for kvittering',
};

const footer = {
  personalData: 'Denne e-mail indeholder personoplysninger og må ikke videresendes.',
  freeAdviceOne: 'I kan oplyse lejeren om, at der er gratis rådgivning at få.',
  freeAdviceMany: 'I kan oplyse lejerne om, at der er gratis rådgivning at få.',
  noPersonalData: 'Af hensyn til databeskyttelsen indeholder denne e-mail ingen personoplysninger.',
};

/** Why the recipient is told at all, in one line of the email. */
const bases = {
  agreement: (p: { sender: string }) =>
    `Samarbejdsaftale om tidlig varsling mellem ${p.sender} og kommunen (frivillig varsling).`,
  consent: 'Lejerens samtykke til, at I orienteres (frivillig varsling).',
  'own-organisation': 'Jeres egen sag (til boligorganisationens medarbejdere).',
};

/** When the recipient is asked to act, by kind, to be read after "Vi beder jer …". */
const timing = {
  'arrears-registered': 'snarest',
  'payment-demand-sent': 'inden betalingsfristen',
  'deadline-passed': 'hurtigst muligt',
  terminated: 'hurtigst muligt',
  'eviction-scheduled-reminder': 'inden udsættelsen',
  'referral-sent': 'snarest',
  'referral-first-contact-overdue': 'hurtigst muligt',
  'payment-plan-instalment-missed': 'hurtigst muligt',
  'payment-plan-broken': 'hurtigst muligt',
  'counselling-next-action-due': 'hurtigst muligt',
  'custody-arrears-registered': 'hurtigst muligt',
};

const warning = {
  subject: (p: { kind: string; reference: string }) => `Varsel om risiko for udsættelse – ${p.kind} (${p.reference})`,
  urgentSubject: (p: { kind: string; reference: string }) =>
    `HASTER: Varsel om risiko for udsættelse – ${p.kind} (${p.reference})`,
  greeting: (p: { recipient: string }) => `Til ${p.recipient}`,
  /** Retssikkerhedsloven § 5 a: the municipality's own duty, so only a municipality is told it. */
  childrenMunicipality:
    'HASTER: Der bor børn under 18 år i husstanden. Efter retssikkerhedslovens § 5 a skal kommunen straks vurdere, om der skal tilbydes hjælp.',
  childrenOther: 'Der bor børn under 18 år i husstanden.',
  happened: {
    arrearsOverThreshold: (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} registreret en huslejerestance over den aftalte grænse for lejemålet nedenfor.`,
    arrears: (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} registreret en huslejerestance for lejemålet nedenfor.`,
    'payment-demand-sent': (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} sendt påkrav til lejeren om at betale restancen. Bliver restancen ikke betalt inden for fristen på 14 dage, kan udlejer ophæve lejemålet.`,
    'deadline-passed': (p: { sender: string; date: string }) =>
      `Betalingsfristen på 14 dage i påkravet udløb d. ${p.date}, uden at restancen er blevet betalt. ${p.sender} kan nu ophæve lejemålet.`,
    terminated: (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} ophævet lejemålet. Flytter lejeren ikke, kan udlejer bede fogedretten om at sætte lejeren ud.`,
    'eviction-scheduled-reminder': (p: { date: string }) =>
      `Fogedretten har fastsat udsættelsen af lejeren til d. ${p.date}.`,
    'referral-sent': (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} henvist lejeren nedenfor til gældsrådgivning hos jer.`,
    'referral-first-contact-overdue': (p: { date: string }) =>
      `I modtog d. ${p.date} henvisningen af lejeren nedenfor, men der er endnu ikke registreret en første kontakt.`,
    'payment-plan-instalment-missed': (p: { sender: string; date: string }) =>
      `Et afdrag i den afdragsordning, ${p.sender} har aftalt med lejeren nedenfor, forfaldt d. ${p.date} og er ikke betalt inden for respitdagene.`,
    'payment-plan-broken': (p: { sender: string; date: string }) =>
      `Afdragsordningen mellem ${p.sender} og lejeren nedenfor er d. ${p.date} misligholdt, fordi for mange afdrag ikke er betalt. Udlejer kan nu genoptage sagen med et nyt påkrav.`,
    'counselling-next-action-due': (p: { date: string }) =>
      `En næste handling i gældsrådgivningen af lejeren nedenfor skulle være udført d. ${p.date}, men er ikke markeret som udført.`,
    'custody-arrears-registered': (p: { sender: string; date: string }) =>
      `${p.sender} har d. ${p.date} registreret en huslejerestance for lejeren nedenfor, mens lejeren er frihedsberøvet. Lejeren kan ikke selv følge breve om restancen.`,
  },
  /** What the municipality is asked to do, by kind. */
  municipalityRequest: {
    'arrears-registered': 'Vi beder jer vurdere, om lejeren har brug for hjælp, og eventuelt kontakte lejeren.',
    'payment-demand-sent':
      'Vi beder jer vurdere, om lejeren har brug for hjælp, inden fristen udløber, og eventuelt kontakte lejeren.',
    'deadline-passed': 'Vi beder jer hurtigst muligt vurdere, om lejeren har brug for hjælp, og kontakte lejeren.',
    terminated: 'Vi beder jer hurtigst muligt vurdere, om lejeren har brug for hjælp, og kontakte lejeren.',
    'eviction-scheduled-reminder':
      'Vi beder jer kontakte lejeren inden udsættelsen og vurdere, om lejeren har brug for hjælp, fx til at finde et andet sted at bo.',
    'referral-sent': 'Vi beder jer tage stilling til henvisningen.',
    'referral-first-contact-overdue': 'Vi beder jer registrere den første kontakt.',
    'payment-plan-instalment-missed':
      'Vi beder jer vurdere, om lejeren har brug for hjælp til at overholde afdragsordningen, og eventuelt kontakte lejeren.',
    'payment-plan-broken': 'Vi beder jer hurtigst muligt vurdere, om lejeren har brug for hjælp, og kontakte lejeren.',
    'counselling-next-action-due': 'Vi beder jer se på sagen og markere handlingen som udført.',
    'custody-arrears-registered': 'Vi beder jer hurtigst muligt tage restancen op med lejeren.',
  },
  /** What the other recipients are asked to do; `timing` is one of `mail.timing`. */
  counsellingRequest: (p: { timing: string }) =>
    `Lejeren har givet samtykke til, at vi orienterer jer. Vi beder jer ${p.timing} kontakte lejeren og tilbyde gældsrådgivning, fx om en afdragsordning for restancen.`,
  /** A payment plan's warnings to the advisor and to the landlord's own staff. */
  paymentPlanCounsellingRequest: (p: { timing: string }) =>
    `Lejeren har givet samtykke til, at vi orienterer jer. Vi beder jer ${p.timing} kontakte lejeren om afdragsordningen.`,
  paymentPlanOwnStaffRequest: (p: { timing: string }) =>
    `Vi beder jer ${p.timing} kontakte lejeren om afdragsordningen og tage stilling til sagens videre forløb.`,
  probationRequest: (p: { timing: string }) =>
    `Lejeren har givet samtykke til, at vi orienterer Kriminalforsorgen. Vi beder jer ${p.timing} tage boligsituationen op med lejeren, så boligen så vidt muligt kan bevares.`,
  ownStaffRequest: (p: { timing: string }) =>
    `Vi beder jer ${p.timing} kontakte lejeren og undersøge, om udsættelsen kan afværges, fx med en afdragsordning.`,
  acknowledge: (p: { date: string }) => `Kvittér for varslet i systemet senest d. ${p.date}.`,
};

/** The landlord's notice to the municipality under almenlejeloven § 92, stk. 2. */
const evictionNotice = {
  subject: (p: { address: string; reference: string }) =>
    `Underretning om udsættelsessag (§ 92, stk. 2): ${p.address} (${p.reference})`,
  subjectWithoutReference: (p: { address: string }) => `Underretning om udsættelsessag (§ 92, stk. 2): ${p.address}`,
  correctionSubject: (p: { subject: string }) => `Rettelse: ${p.subject}`,
  corrects: (p: { date: string }) =>
    `Denne underretning retter datoen i underretningen dateret ${p.date}; datoen nedenfor erstatter den.`,
  greeting: (p: { municipality: string }) => `Til ${p.municipality} Kommune`,
  body: (p: { landlord: string; department: string }) =>
    `${p.landlord}, afdeling ${p.department}, underretter hermed kommunen efter almenlejelovens § 92, stk. 2 om, at udlejer indgiver begæring til fogedretten om udsættelse af nedenstående lejer(e).`,
  /** For a notice queued before the email named the landlord (issue 12): the statute's words alone. */
  bodyWithoutLandlord:
    'Efter almenlejelovens § 92, stk. 2 underretter udlejer hermed kommunen om, at der indgives begæring til fogedretten om udsættelse af nedenstående lejer(e).',
  onlyNameAndAddress:
    'Efter loven indeholder underretningen kun lejerens navn og adresse. Kontakt udlejer og oplys sagsnummeret, hvis I vil i kontakt om sagen.',
};

const digest = {
  subjectOne: (p: { date: string }) => `1 nyt varsel om risiko for udsættelse – ${p.date}`,
  subjectMany: (p: { count: string; date: string }) => `${p.count} nye varsler om risiko for udsættelse – ${p.date}`,
  introOne: (p: { date: string }) =>
    `Her er varslet fra d. ${p.date} om en lejer, der risikerer at blive sat ud. Varsler, der haster, sendes særskilt med det samme.`,
  introMany: (p: { count: string; date: string }) =>
    `Her er de ${p.count} varsler fra d. ${p.date} om lejere, der risikerer at blive sat ud. Varsler, der haster, sendes særskilt med det samme.`,
  requestOne: 'Vi beder jer vurdere, om lejeren har brug for hjælp, og eventuelt kontakte lejeren.',
  requestMany: 'Vi beder jer vurdere, om lejerne har brug for hjælp, og eventuelt kontakte dem.',
  acknowledgeOne: 'Kvittér for varslet i systemet senest på den angivne dato.',
  acknowledgeMany: 'Kvittér for hvert varsel i systemet senest på den angivne dato.',
};

const escalation = {
  subjectTeamLead: (p: { reference: string }) => `Ingen kvittering for varsel ${p.reference} inden fristen`,
  subjectManagers: (p: { reference: string }) => `2. rykker: Stadig ingen kvittering for varsel ${p.reference}`,
  body: (p: { recipient: string; sent: string; kind: string; by: string }) =>
    `${p.recipient} modtog d. ${p.sent} et varsel om risiko for udsættelse (${p.kind}). Fristen for at kvittere for varslet i systemet var d. ${p.by}, men der er endnu ikke kvitteret.`,
  teamLead: 'Du får denne e-mail som teamleder. Sørg for, at varslet bliver behandlet hurtigst muligt.',
  managers:
    'Du får denne e-mail som leder, fordi teamlederen allerede har fået en rykker, og der stadig ikke er kvitteret for varslet. Sørg for, at det bliver behandlet hurtigst muligt.',
  findIt: 'Medarbejdere med adgang til sagen finder varslet i systemet under sagsnummeret.',
  /** A custody notice (about a custody episode, not a case): its own wording and its KF- reference. */
  custodyBody: (p: { recipient: string; sent: string; kind: string; by: string }) =>
    `${p.recipient} modtog d. ${p.sent} en orientering fra Kriminalforsorgen (${p.kind}). Fristen for at kvittere for orienteringen i systemet var d. ${p.by}, men der er endnu ikke kvitteret.`,
  custodyFindIt: 'Medarbejdere, der modtager orienteringerne, finder den i systemet under referencenummeret.',
};

const municipalityRegistered = {
  subject: (p: { name: string; code: string }) => `${p.name} Kommune (${p.code}) er tilmeldt varsler om udsættelser`,
  /** The municipality as the registration sentence names it, shown in bold. */
  municipality: (p: { name: string }) => `${p.name} Kommune`,
  registered: (p: { name: string; code: string }) =>
    `${p.name} Kommune (kommunekode ${p.code}) er nu tilmeldt systemet til forebyggelse af udsættelser.`,
  mailbox: (p: { mailbox: string }) =>
    `Denne postkasse (${p.mailbox}) modtager fremover tidlige varsler om lejere, der risikerer udsættelse, herunder den underretning, udlejer skal give efter almenlejelovens § 92, stk. 2.`,
  wrongMailbox: 'Hvis postkassen er forkert, så bed jeres administrator om at rette den.',
};

/** The link to the warning's page in the web application (libs/mail appLinks). */
const links = {
  /** Plain text: "label: address"; HTML: the label is the link. */
  warning: 'Se varslet og kvittér for det',
  digestItem: 'Se varslet',
  escalation: 'Se varslet',
  notice: 'Se underretningen og kvittér for den',
};

/** The custody notices (the handshake with Kriminalforsorgen): the recipient view of an episode, never why or where. */
const custodyNotice = {
  subject: (p: { kind: string; reference: string }) => `Orientering fra Kriminalforsorgen – ${p.kind} (${p.reference})`,
  happened: {
    'custody-notice': (p: { sender: string; date: string }) =>
      `${p.sender} orienterer jer om, at lejeren nedenfor er frihedsberøvet og væk fra hjemmet fra d. ${p.date}. Lejeren har givet udtrykkeligt samtykke til, at I får at vide, at lejeren er væk, og hvem I kan kontakte.`,
    'custody-contact-updated': (p: { sender: string; date: string }) =>
      `${p.sender} orienterer jer om en ny kontakt for lejeren nedenfor, som fortsat er frihedsberøvet (væk fra d. ${p.date}).`,
    'custody-released': (p: { sender: string; date: string }) =>
      `${p.sender} orienterer jer om, at lejeren nedenfor blev løsladt d. ${p.date}.`,
    'custody-release-reminder': (p: { sender: string; date: string }) =>
      `${p.sender} minder jer om løsladelsesplanen for lejeren nedenfor (d. ${p.date}).`,
  },
  request: {
    housing_organisation:
      'Send post om lejemålet til kontakten nedenfor, mens lejeren er væk, og tag kontakt, hvis der opstår problemer med lejemålet, så boligen så vidt muligt kan bevares.',
    municipality:
      'Tag stilling til, om lejeren har brug for hjælp til at bevare boligen under fraværet, og brug kontakten nedenfor.',
    other: 'Brug kontakten nedenfor, mens lejeren er væk.',
  },
  released: 'Kontakt lejeren direkte fra nu af.',
  fields: {
    tenant: 'Lejer',
    awaySince: 'Væk fra',
    expectedReturn: 'Forventet hjemkomst',
    unknown: 'ikke kendt',
    releasedOn: 'Løsladt',
    contact: 'Kontakt',
    probationOfficer: (p: { name: string }) => `${p.name} (Kriminalforsorgen)`,
    reference: 'Referencenummer',
  },
  noOffenceData: 'Orienteringen siger ikke, hvorfor eller hvor lejeren er frihedsberøvet; spørg ikke kontakten om det.',
};

export const mail = {
  links,
  kinds,
  eventLines,
  fields,
  footer,
  bases,
  timing,
  warning,
  evictionNotice,
  digest,
  escalation,
  municipalityRegistered,
  custodyNotice,
};
