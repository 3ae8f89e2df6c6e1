import { type AppConfig } from '@app/config';
import { Role, type Principal } from '../access/roles.js';
import { type CustodyEpisodeRow } from './custody-episode.repository.js';
import { type CustodyEpisodeFacts } from './rules/episode-dates.js';
import { type HousingPlanParty } from './rules/housing-plan-deciders.js';
import { DEFAULT_HOUSING_PLAN_SETTINGS, type HousingPlanSettings } from './rules/housing-plan-rules.js';
import { DEFAULT_RELEASE_PLANNING_SETTINGS, type ReleasePlanningSettings } from './rules/release-planning-rules.js';

/** The episode as the rules read it. The episode stores a sentence as `sentence`; the rules call it `serving`. */
export function episodeFactsOf(row: CustodyEpisodeRow): CustodyEpisodeFacts {
  return {
    kind: row.kind === 'sentence' ? 'serving' : 'remand',
    startOn: row.startedOn,
    expectedReleaseOn: row.expectedReleaseOn,
    paroleOn: row.paroleOn,
    sentenceMonths: row.sentenceMonths,
  };
}

/** The party a principal speaks for on an episode; `null` for roles that take no part. */
export function partyOf(principal: Principal): HousingPlanParty | null {
  switch (principal.role) {
    case Role.ProbationOfficer:
      return 'probation';
    case Role.HousingCaseworker:
      return 'landlord';
    case Role.MunicipalSocialWorker:
      return 'municipality';
    default:
      return null;
  }
}

/** The rules' settings on the configured legal calendar (the same readings as every other deadline). */
export function releasePlanningSettings(config: AppConfig): ReleasePlanningSettings {
  return { ...DEFAULT_RELEASE_PLANNING_SETTINGS, calendar: config.calendar };
}

export function housingPlanSettings(config: AppConfig): HousingPlanSettings {
  return { ...DEFAULT_HOUSING_PLAN_SETTINGS, calendar: config.calendar };
}
