/**
 * Probation cooperation's pure rules: why a housing plan for the absence is refused (by stable code), and the
 * names of the release-planning tasks, the parties, the states and the reasons the Køreplan does not apply.
 */
export const probationRules = {
  housingPlanOptions: {
    keep_own_means: 'Beholder boligen og betaler huslejen selv',
    municipality_pays: 'Kommunen betaler en rimelig boligudgift',
    sublet: 'Fremlejer hele boligen under fraværet',
    give_up: 'Opsiger boligen på ordentlig vis',
  },
  belongings: {
    storage: 'Indboet opmagasineres',
    network: 'Familie eller netværk tager indboet',
    disposed: 'Indboet skal ikke gemmes',
  },
  housingPlanViolations: {
    HOUSING_PLAN_DECIDED_IN_FUTURE: 'Datoen for beslutningen kan ikke ligge efter i dag.',
    HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE:
      'Afsoningen ventes at vare over 6 måneder, og boligen kan fremlejes. Kommunen kan da ikke betale de løbende boligudgifter (Ankestyrelsens praksis).',
    HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED:
      'Afsoningen ventes at vare over 6 måneder (eller længden kendes ikke). Kommunen skal først undersøge, om boligbehovet kan dækkes på anden måde, fx ved fremleje.',
    HOUSING_PLAN_SUBLET_PERIOD_MISSING: 'Angiv fremlejens første og sidste dag.',
    HOUSING_PLAN_SUBLET_PERIOD_INVALID: (p: { limit: string }) =>
      `Fremlejens sidste dag kan ikke ligge før dens første dag (${p.limit}).`,
    HOUSING_PLAN_SUBLET_BEFORE_ABSENCE: (p: { limit: string }) =>
      `Fremlejen kan tidligst begynde, når fraværet begynder (${p.limit}).`,
    HOUSING_PLAN_SUBLET_TOO_LONG: (p: { limit: string }) =>
      `Hele boligen kan højst fremlejes i 2 år: fremlejens sidste dag kan senest være ${p.limit}.`,
    HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS: (p: { limit: string }) =>
      `Fraværet ventes at vare længere end 2 år (efter ${p.limit}), så det er ikke midlertidigt, og hele boligen kan ikke fremlejes.`,
    HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT: 'Fremlejen kræver udlejerens samtykke. Angiv datoen for samtykket.',
    HOUSING_PLAN_SUBLET_CONSENT_AFTER_START: (p: { limit: string }) =>
      `Udlejerens samtykke skal foreligge, før fremlejen begynder (${p.limit}).`,
    HOUSING_PLAN_GIVE_UP_NOTICE_MISSING: 'Angiv datoen for opsigelsen.',
    HOUSING_PLAN_GIVE_UP_LEASE_END_MISSING: 'Angiv den dag, lejemålet ophører.',
    HOUSING_PLAN_GIVE_UP_LEASE_END_BEFORE_NOTICE: (p: { limit: string }) =>
      `Lejemålet kan ikke ophøre før opsigelsen (${p.limit}).`,
    HOUSING_PLAN_GIVE_UP_BELONGINGS_UNDECIDED: 'Angiv, hvad der sker med indboet.',
  },
  releaseTasks: {
    action_plan: 'Handleplan',
    municipality_contact: 'Kontakt til kommunen',
    release_meeting: 'Løsladelsesmøde',
    housing_setup_help: 'Hjælp til etablering af bolig',
  },
  parties: {
    probation: 'Kriminalforsorgen',
    municipality: 'Kommunen',
  },
  taskStates: {
    done: 'Udført',
    undated: 'Afventer løsladelsesdato',
    not_yet_open: 'Endnu ikke aktuel',
    open: 'Åben',
    due_soon: 'Frist nærmer sig',
    overdue: 'Overskredet',
    escalated: 'Overskredet og eskaleret',
  },
  taskBases: {
    arrival: '4 uger efter indsættelsen',
    arrival_release_unknown: '4 uger efter indsættelsen (løsladelsesdatoen kendes ikke)',
    parole: 'Regnet fra datoen for prøveløsladelse',
    expected_release: 'Regnet fra den forventede løsladelsesdato',
    arrival_release_near: '4 uger efter indsættelsen (løsladelsen er nær)',
    unknown: 'Får en dato, når løsladelsesdatoen kendes',
  },
  notApplicable: {
    remand: 'Køreplanen gælder ikke for varetægtsfængslede.',
    sentence_unknown: 'Angiv straffens længde: køreplanen gælder for straffe på 4 måneder eller mere.',
    sentence_under_four_months: 'Køreplanen gælder kun for straffe på 4 måneder eller mere.',
    facts_invalid: 'Datoerne passer ikke sammen: løsladelsen kan ikke ligge før indsættelsen.',
  },
};
