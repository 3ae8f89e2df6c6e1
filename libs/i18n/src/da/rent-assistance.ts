/**
 * Rent assistance applications (huslejehjælp, boligstøtte) on an arrears case: the kinds, the
 * decisions and why a write was refused (libs/domain/src/arrears/rent-assistance/). Dates come
 * already written in the reader's language; no text names an amount or a person.
 */
export const rentAssistance = {
  RENT_ASSISTANCE_APPLICATION_NOT_FOUND: 'Ansøgningen om huslejehjælp findes ikke.',
  RENT_ASSISTANCE_KIND_INVALID: 'Ansøgningens art skal være aktivloven § 81, § 81 a, § 81 b eller boligstøtte.',
  RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED: (p: { decided: string; applied: string }) =>
    `Afgørelsen (${p.decided}) kan ikke ligge før ansøgningen (${p.applied}).`,
  RENT_ASSISTANCE_AMOUNT_REQUIRED: 'En bevilling skal have et beløb: et positivt helt antal øre (højst 10 mio. kr.).',
  RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED: 'Et beløb kan kun angives, når ansøgningen er bevilget.',
  RENT_ASSISTANCE_ALREADY_DECIDED: (p: { decision: string }) =>
    `Ansøgningen er allerede afgjort (${p.decision}). En afgørelse kan kun ændres som en rettelse med en begrundelse.`,
  RENT_ASSISTANCE_NOT_DECIDED: 'Ansøgningen er ikke afgjort endnu, så der er intet at rette.',
  RENT_ASSISTANCE_REASON_MISSING: 'En rettelse af en afgørelse skal have en begrundelse.',
  RENT_ASSISTANCE_NOT_GRANTED:
    'Sagen kan kun afsluttes med huslejehjælp, når en ansøgning på sagen er bevilget senest på afslutningsdagen.',
  kinds: {
    section_81: 'enkeltydelse efter aktivloven § 81',
    section_81a: 'midlertidig huslejehjælp efter aktivloven § 81 a',
    section_81b: 'huslejehjælp til unge under 30 efter aktivloven § 81 b',
    housing_benefit: 'boligstøtte',
  },
  decisions: {
    pending: 'afventer afgørelse',
    granted: 'bevilget',
    refused: 'afslået',
  },
};
