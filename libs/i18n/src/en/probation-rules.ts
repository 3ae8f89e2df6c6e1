import { type Messages } from '../catalogue.js';

export const probationRules: Messages['probationRules'] = {
  housingPlanOptions: {
    keep_own_means: 'Keeps the home and pays the rent from own means',
    municipality_pays: 'The municipality pays a reasonable housing cost',
    sublet: 'Sublets the whole home during the absence',
    give_up: 'Gives the home up in an orderly way',
  },
  belongings: {
    storage: 'The belongings are put in storage',
    network: 'Family or network takes the belongings',
    disposed: 'The belongings are not to be kept',
  },
  housingPlanViolations: {
    HOUSING_PLAN_DECIDED_IN_FUTURE: 'The date of the decision cannot be after today.',
    HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE:
      'The sentence is expected to last over 6 months and the home can be sublet. The municipality then cannot pay the running housing costs (Ankestyrelsen’s practice).',
    HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED:
      'The sentence is expected to last over 6 months (or its length is not known). The municipality must first examine whether the housing need can be met otherwise, e.g. by subletting.',
    HOUSING_PLAN_SUBLET_PERIOD_MISSING: 'Give the first and the last day of the sublet.',
    HOUSING_PLAN_SUBLET_PERIOD_INVALID: (p: { limit: string }) =>
      `The last day of the sublet cannot be before its first day (${p.limit}).`,
    HOUSING_PLAN_SUBLET_BEFORE_ABSENCE: (p: { limit: string }) =>
      `The sublet can begin at the earliest when the absence begins (${p.limit}).`,
    HOUSING_PLAN_SUBLET_TOO_LONG: (p: { limit: string }) =>
      `The whole home can be sublet for at most 2 years: the last day of the sublet can be ${p.limit} at the latest.`,
    HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS: (p: { limit: string }) =>
      `The absence is expected to last longer than 2 years (past ${p.limit}), so it is not temporary and the whole home cannot be sublet.`,
    HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT:
      'The sublet needs the landlord’s consent. Give the date of the consent.',
    HOUSING_PLAN_SUBLET_CONSENT_AFTER_START: (p: { limit: string }) =>
      `The landlord’s consent must be given before the sublet begins (${p.limit}).`,
    HOUSING_PLAN_GIVE_UP_NOTICE_MISSING: 'Give the date of the notice.',
    HOUSING_PLAN_GIVE_UP_LEASE_END_MISSING: 'Give the day the lease ends.',
    HOUSING_PLAN_GIVE_UP_LEASE_END_BEFORE_NOTICE: (p: { limit: string }) =>
      `The lease cannot end before the notice (${p.limit}).`,
    HOUSING_PLAN_GIVE_UP_BELONGINGS_UNDECIDED: 'Say what happens to the belongings.',
  },
  releaseTasks: {
    action_plan: 'Action plan',
    municipality_contact: 'Contact with the municipality',
    release_meeting: 'Release meeting',
    housing_setup_help: 'Help to set up a home',
  },
  parties: {
    probation: 'Prison and Probation Service',
    municipality: 'The municipality',
  },
  taskStates: {
    done: 'Done',
    undated: 'Waiting for a release date',
    not_yet_open: 'Not yet due to start',
    open: 'Open',
    due_soon: 'Due soon',
    overdue: 'Overdue',
    escalated: 'Overdue and escalated',
  },
  taskBases: {
    arrival: '4 weeks after arrival',
    arrival_release_unknown: '4 weeks after arrival (the release date is not known)',
    parole: 'Counted from the parole date',
    expected_release: 'Counted from the expected release date',
    arrival_release_near: '4 weeks after arrival (the release is near)',
    unknown: 'Gets a date when the release date is known',
  },
  notApplicable: {
    remand: 'The release roadmap does not apply to people on remand.',
    sentence_unknown: 'Give the length of the sentence: the roadmap applies to sentences of 4 months or more.',
    sentence_under_four_months: 'The release roadmap applies only to sentences of 4 months or more.',
    facts_invalid: 'The dates do not fit together: the release cannot be before the arrival.',
  },
};
