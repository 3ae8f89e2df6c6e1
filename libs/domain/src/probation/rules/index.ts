// Probation cooperation (issue 15): the pure rules of the housing plan for the absence and of release planning.
export * from './episode-dates.js';
export * from './housing-plan-rules.js';
export * from './release-planning-rules.js';
export * from './custody-reminders.js';
export * from './housing-plan-deciders.js';
