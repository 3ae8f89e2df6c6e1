import type { ApiSchema } from '@app/api-client';
import type { Role } from '../session/session-context';
import type { Episode } from './episode-rules';

export type HousingPlan = ApiSchema<'HousingPlanResponse'>;
export type HousingPlanBody = ApiSchema<'DecideHousingPlanDto'>;
export type HousingPlanOption = HousingPlan['option'];
export type Belongings = NonNullable<HousingPlan['belongings']>;
export type ReleaseTask = ApiSchema<'ReleaseTaskResponse'>;
export type UnitReleaseTask = ApiSchema<'UnitReleaseTaskResponse'>;
export type TaskState = ReleaseTask['state'];

/** The options of a housing plan (the domain's HOUSING_PLAN_OPTIONS), in the order the form offers them. */
export const HOUSING_PLAN_OPTIONS: readonly HousingPlanOption[] = [
  'keep_own_means',
  'municipality_pays',
  'sublet',
  'give_up',
];
export const BELONGINGS: readonly Belongings[] = ['storage', 'network', 'disposed'];

/** Who records a housing-plan decision: the unit's officer, and the landlord and municipality the consent names. */
export function mayDecidePlan(role: Role): boolean {
  return role === 'probation_officer' || role === 'housing_caseworker' || role === 'municipal_social_worker';
}

/** That the municipality pays is recorded by the municipality or the probation officer only (the API's rule). */
export function planOptionsFor(role: Role): readonly HousingPlanOption[] {
  return role === 'housing_caseworker'
    ? HOUSING_PLAN_OPTIONS.filter((o) => o !== 'municipality_pays')
    : HOUSING_PLAN_OPTIONS;
}

/** The Køreplan's tasks are the probation unit's and the municipality's (the landlord's caseworker gets 403). */
export function mayReadTasks(role: Role): boolean {
  return role === 'probation_officer' || role === 'municipal_social_worker';
}

/** The officer completes any task; the municipality its own; nobody a done or closed one, or one of a closed episode. */
export function mayComplete(task: ReleaseTask, role: Role, episodeOpen: boolean): boolean {
  if (!episodeOpen || task.state === 'done' || task.state === 'closed') return false;
  if (role === 'probation_officer') return true;
  return role === 'municipal_social_worker' && task.responsible === 'municipality';
}

/** Overdue (and escalated) tasks are marked in words and colour. */
export function isOverdue(state: TaskState): boolean {
  return state === 'overdue' || state === 'escalated';
}

export interface PlanDraft {
  option: HousingPlanOption;
  decidedOn: string;
  /** '' not examined, 'yes', 'no' */
  subletPossible: '' | 'yes' | 'no';
  subletFromOn: string;
  subletToOn: string;
  landlordConsentOn: string;
  noticeOn: string;
  leaseEndsOn: string;
  belongings: '' | Belongings;
}

export function emptyPlanDraft(today: string): PlanDraft {
  return {
    option: 'keep_own_means',
    decidedOn: today,
    subletPossible: '',
    subletFromOn: '',
    subletToOn: '',
    landlordConsentOn: '',
    noticeOn: '',
    leaseEndsOn: '',
    belongings: '',
  };
}

/**
 * The body of `POST /custody-episodes/{id}/housing-plans`: the option, the day decided, and only
 * the chosen option's fields (the API reads no others). Whether the dates hold (2 years of sublet at
 * most, the landlord's consent before it starts, the municipality's examination for a long
 * sentence) is the API's to say, in its words; the page asks only for the decision's day.
 */
export function planBody(d: PlanDraft): { body?: HousingPlanBody; missing: boolean } {
  if (!d.decidedOn) return { missing: true };
  const body: HousingPlanBody = { option: d.option, decidedOn: d.decidedOn };
  const date = (value: string) => value || null;
  switch (d.option) {
    case 'municipality_pays':
      body.subletPossible = d.subletPossible === '' ? null : d.subletPossible === 'yes';
      break;
    case 'sublet':
      body.subletFromOn = date(d.subletFromOn);
      body.subletToOn = date(d.subletToOn);
      body.landlordConsentOn = date(d.landlordConsentOn);
      break;
    case 'give_up':
      body.noticeOn = date(d.noticeOn);
      body.leaseEndsOn = date(d.leaseEndsOn);
      body.belongings = d.belongings || null;
      break;
    case 'keep_own_means':
      break;
  }
  return { body, missing: false };
}

/**
 * The officer's list: open episodes first (the API's order), and among them those with overdue
 * release tasks first, most overdue tasks first; the order is otherwise kept.
 */
export function orderEpisodes(episodes: readonly Episode[], overdue: ReadonlyMap<string, number>): readonly Episode[] {
  return episodes
    .map((e, index) => ({ e, index, overdue: e.open ? (overdue.get(e.id) ?? 0) : 0 }))
    .sort((a, b) => Number(b.e.open) - Number(a.e.open) || b.overdue - a.overdue || a.index - b.index)
    .map(({ e }) => e);
}

/** How many overdue tasks each episode has, from the unit's list (`GET /release-tasks?overdue=true`). */
export function overdueCounts(tasks: readonly Pick<ReleaseTask, 'episodeId' | 'state'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) {
    if (isOverdue(task.state)) counts.set(task.episodeId, (counts.get(task.episodeId) ?? 0) + 1);
  }
  return counts;
}
