/** Custody episodes (varetægt og afsoning, samarbejde med Kriminalforsorgen): the refusals and their details. */
export const probation = {
  CUSTODY_EPISODE_NOT_FOUND: 'Frihedsberøvelsen findes ikke.',
  CUSTODY_CONSENT_MISSING:
    'Lejeren har ikke givet samtykke, der er i kraft, til samarbejde med Kriminalforsorgen, som nævner denne modtager. Registrér samtykket først.',
  CUSTODY_EPISODE_ALREADY_OPEN:
    'Personen har allerede en åben frihedsberøvelse. Registrér løsladelsen, før en ny oprettes.',
  CUSTODY_EPISODE_CLOSED: 'Frihedsberøvelsen er afsluttet og kan ikke ændres.',
  CUSTODY_EPISODE_INVALID: 'Oplysningerne om frihedsberøvelsen kan ikke gemmes. Ret felterne nedenfor.',
  CUSTODY_START_IN_FUTURE: (p: { date: string }) => `Startdatoen ${p.date} ligger i fremtiden.`,
  CUSTODY_RELEASE_BEFORE_START: (p: { startedOn: string }) =>
    `Løsladelsen kan ikke ligge før frihedsberøvelsens start (${p.startedOn}).`,
  CUSTODY_RELEASE_IN_FUTURE: (p: { date: string }) =>
    `Løsladelsen (${p.date}) ligger i fremtiden. Angiv en forventet løsladelsesdato i stedet.`,
  CUSTODY_PROBATION_UNIT_REQUIRED: 'Angiv hvilken enhed i Kriminalforsorgen, lejeren har givet samtykke til.',
  details: {
    consentInForce: 'Kræver et samtykke til samarbejde med Kriminalforsorgen, der er i kraft.',
    CUSTODY_START_IN_FUTURE: 'Må ikke ligge i fremtiden.',
    CUSTODY_RELEASE_BEFORE_START: 'Må ikke ligge før startdatoen.',
    CUSTODY_PAROLE_BEFORE_START: 'Prøveløsladelsen må ikke ligge før startdatoen.',
    CUSTODY_REMAND_SENTENCE_LENGTH: 'Varetægt har ingen straflængde.',
    CUSTODY_CONTACT_INCOMPLETE: 'En kontaktperson skal have et navn og et telefonnummer eller en e-mail.',
    CUSTODY_CONTACT_NOT_A_PERSON: 'Når kontakten er tilsynsførende, angives navn, telefon og e-mail ikke.',
  },
};
