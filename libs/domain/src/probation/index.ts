export * from './probation.module.js';
export * from './custody-episode-rules.js';
export * from './custody-episode.errors.js';
export * from './custody-episode.service.js';
export { type CustodyEpisodeRow, type EpisodeContactView } from './custody-episode.repository.js';
export * from './custody-planning.errors.js';
export * from './housing-plan.service.js';
export * from './release-task.service.js';
export * from './release-planning-sweeper.service.js';
export {
  BELONGINGS_ARRANGEMENTS,
  HOUSING_PLAN_OPTIONS,
  HOUSING_PLAN_VIOLATION_CODES,
  RELEASE_TASK_KINDS,
  type BelongingsArrangement,
  type CustodyReminder,
  type HousingPlanOption,
  type HousingPlanParty,
  type ReleasePlanningNotApplicable,
  type ReleaseTaskBasis,
  type ReleaseTaskKind,
  type ReleaseTaskParty,
} from './rules/index.js';
