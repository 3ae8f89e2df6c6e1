import { addDays, type CalendarRules, type IsoDate } from '@app/calendar';
import { localized, type LocalizedText } from '@app/i18n';
import { addMonths, businessDayOnOrBefore, laterOf, type CustodyEpisodeFacts } from './episode-dates.js';

/**
 * The housing plan for a tenant's absence in custody (issue 15, item 3), as pure rules: the service loads the
 * episode, asks `checkHousingPlan` about the proposed plan, refuses it when there are violations and stores it with
 * the derived dates otherwise (docs/probation-release-planning.md).
 */
export const HOUSING_PLAN_OPTIONS = [
  /** Keep the home and pay the rent from own means. */
  'keep_own_means',
  /** The municipality pays a reasonable housing cost (BEK 1471/2019, now BEK 1689/2025; Ankestyrelsen A-19-07). */
  'municipality_pays',
  /** Sublet the whole home during the absence (fremleje), for at most 2 years, with the landlord's consent. */
  'sublet',
  /** Give the home up in an orderly way: notice, the lease's end, the belongings taken care of. */
  'give_up',
] as const;
export type HousingPlanOption = (typeof HOUSING_PLAN_OPTIONS)[number];

/** Where the belongings go when the home is given up. */
export const BELONGINGS_ARRANGEMENTS = [
  /** Stored (opmagasinering), e.g. paid by the municipality or the tenant. */
  'storage',
  /** Taken by family or network. */
  'network',
  /** Nothing to keep: the tenant agreed it may be disposed of. */
  'disposed',
] as const;
export type BelongingsArrangement = (typeof BELONGINGS_ARRANGEMENTS)[number];

interface PlanBase {
  /** The day the plan was decided; who decided is the service's to record. */
  readonly decidedOn: IsoDate;
}

export type HousingPlan =
  | (PlanBase & { readonly option: 'keep_own_means' })
  | (PlanBase & {
      readonly option: 'municipality_pays';
      /**
       * The municipality's own examination of whether the housing need can be met otherwise, e.g. by subletting:
       * `true` it can, `false` it cannot, `null` not examined yet. Read only when the examination is required.
       */
      readonly subletPossible: boolean | null;
    })
  | (PlanBase & {
      readonly option: 'sublet';
      /** First and last day of the sublet, both inclusive. */
      readonly fromOn: IsoDate | null;
      readonly toOn: IsoDate | null;
      /** The day the landlord consented; `null` while it has not. */
      readonly landlordConsentOn: IsoDate | null;
    })
  | (PlanBase & {
      readonly option: 'give_up';
      /** The day the tenant's notice was given (opsigelse). */
      readonly noticeOn: IsoDate | null;
      /** The day the lease ends, as the notice or an agreement with the landlord gives it. */
      readonly leaseEndsOn: IsoDate | null;
      readonly belongings: BelongingsArrangement | null;
    });

export const HOUSING_PLAN_VIOLATION_CODES = [
  'HOUSING_PLAN_DECIDED_IN_FUTURE',
  'HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE',
  'HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED',
  'HOUSING_PLAN_SUBLET_PERIOD_MISSING',
  'HOUSING_PLAN_SUBLET_PERIOD_INVALID',
  'HOUSING_PLAN_SUBLET_BEFORE_ABSENCE',
  'HOUSING_PLAN_SUBLET_TOO_LONG',
  'HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS',
  'HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT',
  'HOUSING_PLAN_SUBLET_CONSENT_AFTER_START',
  'HOUSING_PLAN_GIVE_UP_NOTICE_MISSING',
  'HOUSING_PLAN_GIVE_UP_LEASE_END_MISSING',
  'HOUSING_PLAN_GIVE_UP_LEASE_END_BEFORE_NOTICE',
  'HOUSING_PLAN_GIVE_UP_BELONGINGS_UNDECIDED',
] as const;
export type HousingPlanViolationCode = (typeof HOUSING_PLAN_VIOLATION_CODES)[number];

/** One reason the plan cannot be stored: a stable code, the field it concerns, and the limit where one applies. */
export interface HousingPlanViolation {
  readonly code: HousingPlanViolationCode;
  readonly field: string | null;
  readonly limitOn?: IsoDate;
}

/** The dates the plan gives, for the service to store and the sweeper to act on. */
export interface HousingPlanDates {
  /** The day the expected stay passes 6 months (start + 6 months); a longer stay on a sentence asks for alternatives. */
  readonly sixMonthsOn: IsoDate;
  /** The expected end of the absence the rules used, or `null` when nothing tells it. */
  readonly expectedEndOn: IsoDate | null;
  /** Sublet only: the latest last day of a sublet from `fromOn` (2 years, both days inclusive). */
  readonly subletLatestToOn?: IsoDate;
  /** Sublet only: the reminder before the sublet ends, for the tenant's contact and the probation officer. */
  readonly subletReminderOn?: IsoDate;
}

export interface HousingPlanCheck {
  readonly violations: readonly HousingPlanViolation[];
  readonly dates: HousingPlanDates;
}

export interface HousingPlanSettings {
  /** Calendar days before the sublet's last day that the reminder goes out (moved to a business day on or before). */
  readonly subletReminderDays: number;
  readonly calendar: Partial<CalendarRules>;
}

/** 30 days: a month for tenant, contact and landlord to agree what happens when the sublet ends. */
export const DEFAULT_HOUSING_PLAN_SETTINGS: HousingPlanSettings = Object.freeze({
  subletReminderDays: 30,
  calendar: {},
});

/** almenlejeloven's fremleje rule: the whole home may be sublet for at most 2 years during a temporary absence. */
export const SUBLET_MAX_MONTHS = 24;
/** Ankestyrelsen's principle: an expected stay over 6 months asks the municipality to look at alternatives first. */
export const EXPECTED_STAY_EXAMINATION_MONTHS = 6;

/**
 * The expected end of the absence: the expected release date, else the parole date, else the whole sentence from
 * the start (the latest the stay can last, so a sentence is never taken for shorter than it may be), else unknown.
 */
export function expectedAbsenceEnd(episode: CustodyEpisodeFacts): IsoDate | null {
  if (episode.expectedReleaseOn !== null) return episode.expectedReleaseOn;
  if (episode.paroleOn !== null) return episode.paroleOn;
  if (episode.sentenceMonths !== null) return addMonths(episode.startOn, episode.sentenceMonths);
  return null;
}

/**
 * Whether the municipality must examine alternatives (subletting) before paying the housing cost: only for a
 * sentence being served (Ankestyrelsen: "gælder ikke for varetægtsfængslede", A-19-07), and only when the expected
 * stay is over 6 months — or cannot be told, since then it may be.
 */
export function municipalityMustExamineAlternatives(episode: CustodyEpisodeFacts): boolean {
  if (episode.kind !== 'serving') return false;
  const end = expectedAbsenceEnd(episode);
  return end === null || end > addMonths(episode.startOn, EXPECTED_STAY_EXAMINATION_MONTHS);
}

/**
 * The violations of a proposed housing plan for an episode, every one found (an empty list means it may be
 * stored), and the dates it gives. Pure: the same input gives the same answer, so the service recomputes it
 * whenever the episode's dates change.
 */
export function checkHousingPlan(
  episode: CustodyEpisodeFacts,
  plan: HousingPlan,
  today: IsoDate,
  settings: HousingPlanSettings = DEFAULT_HOUSING_PLAN_SETTINGS,
): HousingPlanCheck {
  const violations: HousingPlanViolation[] = [];
  const add = (code: HousingPlanViolationCode, field: string | null, limitOn?: IsoDate) =>
    violations.push(limitOn === undefined ? { code, field } : { code, field, limitOn });
  const expectedEndOn = expectedAbsenceEnd(episode);
  const dates: { -readonly [K in keyof HousingPlanDates]: HousingPlanDates[K] } = {
    sixMonthsOn: addMonths(episode.startOn, EXPECTED_STAY_EXAMINATION_MONTHS),
    expectedEndOn,
  };

  if (plan.decidedOn > today) add('HOUSING_PLAN_DECIDED_IN_FUTURE', 'decidedOn', today);

  switch (plan.option) {
    case 'keep_own_means':
      break;
    case 'municipality_pays':
      if (municipalityMustExamineAlternatives(episode)) {
        if (plan.subletPossible === null) add('HOUSING_PLAN_MUNICIPALITY_ALTERNATIVES_NOT_EXAMINED', 'subletPossible');
        else if (plan.subletPossible) add('HOUSING_PLAN_MUNICIPALITY_SUBLET_POSSIBLE', 'subletPossible');
      }
      break;
    case 'sublet': {
      if (plan.fromOn === null || plan.toOn === null) {
        add('HOUSING_PLAN_SUBLET_PERIOD_MISSING', plan.fromOn === null ? 'fromOn' : 'toOn');
      } else if (plan.toOn < plan.fromOn) {
        add('HOUSING_PLAN_SUBLET_PERIOD_INVALID', 'toOn', plan.fromOn);
      } else {
        const latestToOn = addDays(addMonths(plan.fromOn, SUBLET_MAX_MONTHS), -1);
        dates.subletLatestToOn = latestToOn;
        if (plan.fromOn < episode.startOn) add('HOUSING_PLAN_SUBLET_BEFORE_ABSENCE', 'fromOn', episode.startOn);
        if (plan.toOn > latestToOn) add('HOUSING_PLAN_SUBLET_TOO_LONG', 'toOn', latestToOn);
        const reminder = businessDayOnOrBefore(addDays(plan.toOn, -settings.subletReminderDays), settings.calendar);
        dates.subletReminderOn = laterOf(reminder, plan.fromOn);
      }
      // A sublet is for a temporary absence: one expected to outlast 2 years from the start is not one.
      const absenceLimit = addMonths(episode.startOn, SUBLET_MAX_MONTHS);
      if (expectedEndOn !== null && expectedEndOn > absenceLimit) {
        add('HOUSING_PLAN_SUBLET_ABSENCE_OVER_TWO_YEARS', null, absenceLimit);
      }
      if (plan.landlordConsentOn === null) {
        add('HOUSING_PLAN_SUBLET_NEEDS_LANDLORD_CONSENT', 'landlordConsentOn');
      } else if (plan.fromOn !== null && plan.landlordConsentOn > plan.fromOn) {
        add('HOUSING_PLAN_SUBLET_CONSENT_AFTER_START', 'landlordConsentOn', plan.fromOn);
      }
      break;
    }
    case 'give_up':
      if (plan.noticeOn === null) add('HOUSING_PLAN_GIVE_UP_NOTICE_MISSING', 'noticeOn');
      if (plan.leaseEndsOn === null) add('HOUSING_PLAN_GIVE_UP_LEASE_END_MISSING', 'leaseEndsOn');
      else if (plan.noticeOn !== null && plan.leaseEndsOn < plan.noticeOn) {
        add('HOUSING_PLAN_GIVE_UP_LEASE_END_BEFORE_NOTICE', 'leaseEndsOn', plan.noticeOn);
      }
      if (plan.belongings === null) add('HOUSING_PLAN_GIVE_UP_BELONGINGS_UNDECIDED', 'belongings');
      break;
  }
  return { violations, dates };
}

/** The caseworker-readable text of a violation in both languages, with its limit date where it has one. */
export function housingPlanViolationText(violation: HousingPlanViolation): LocalizedText {
  return localized((m) => {
    const text = m.probationRules.housingPlanViolations[violation.code];
    return typeof text === 'string' ? text : text({ limit: violation.limitOn ?? '' });
  });
}
