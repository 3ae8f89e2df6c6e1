/**
 * Debt counselling's sessions, debts, budgets and standard living amounts: the refusals of their
 * rules (by stable code) and the error when no standard amounts are in force.
 */
export const counsellingBudget = {
  issues: {
    SESSION_DATE_INVALID: 'Datoen for samtalen skal skrives ÅÅÅÅ-MM-DD og være en rigtig dato.',
    SESSION_DATE_IN_FUTURE: 'Samtalens dato kan ikke ligge efter i dag.',
    SESSION_CHANNEL_UNKNOWN: 'Vælg, hvordan samtalen foregik.',
    SESSION_MINUTES_OUT_OF_RANGE: 'Varigheden skal være et helt antal minutter fra 1 til 600.',
    SESSION_TOPIC_REQUIRED: 'Vælg mindst ét emne for samtalen.',
    SESSION_TOPIC_UNKNOWN: 'Emnet findes ikke på listen.',
    SESSION_TOPIC_DUPLICATE: 'Emnet er valgt to gange.',
    SESSION_NEXT_ACTION_TEXT_REQUIRED: 'Skriv, hvad den næste handling er.',
    SESSION_NEXT_ACTION_TEXT_TOO_LONG: 'Den næste handling må højst fylde 300 tegn.',
    SESSION_NEXT_ACTION_DUE_INVALID: 'Fristen for den næste handling skal skrives ÅÅÅÅ-MM-DD og være en rigtig dato.',
    SESSION_NEXT_ACTION_DUE_BEFORE_SESSION: 'Fristen for den næste handling kan ikke ligge før samtalen.',
    SESSION_NOTE_TOO_LONG: 'Notatet må højst fylde 2.000 tegn.',
    DEBT_CREDITOR_REQUIRED: 'Skriv, hvem gælden er til.',
    DEBT_CREDITOR_TOO_LONG: 'Kreditors navn må højst fylde 200 tegn.',
    DEBT_KIND_UNKNOWN: 'Vælg en gældstype fra listen.',
    DEBT_STATUS_UNKNOWN: 'Vælg en status fra listen.',
    DEBT_AMOUNT_INVALID: 'Beløbet skal være et helt antal øre og må ikke være negativt.',
    DEBT_RENT_ARREARS_FROM_LEDGER:
      'Huslejerestancen hentes fra sagens kontoudtog og kan ikke tastes ind. Restance til en tidligere udlejer registreres som anden boliggæld.',
    DEBT_ENFORCEMENT_NOT_PUBLIC: 'Kun offentlig gæld hos Gældsstyrelsen kan være under tvangsinddrivelse.',
    BUDGET_GROUP_UNKNOWN: 'Vælg en gruppe fra listen.',
    BUDGET_AMOUNT_INVALID: 'Beløbet skal være et helt antal øre om måneden og må ikke være negativt.',
    BUDGET_APPROVAL_MISSING: 'Angiv, om den faste udgift er godkendt i betalingsevnen.',
    HOUSEHOLD_ADULTS_INVALID: 'Husstanden skal have mindst én voksen.',
    HOUSEHOLD_BIRTH_DATE_INVALID: 'Barnets fødselsdato skal skrives ÅÅÅÅ-MM-DD og være en rigtig dato.',
    HOUSEHOLD_CHILD_NOT_BORN: 'Barnets fødselsdato ligger efter budgettets dato.',
  },
  STANDARD_LIVING_AMOUNT_NOT_IN_FORCE: (p: { on: string }) =>
    `Der er ingen rådighedssatser i kraft den ${p.on}. En administrator skal tilføje årets satser.`,
};
