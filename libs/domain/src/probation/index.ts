export * from './probation.module.js';
export * from './custody-episode-rules.js';
export * from './custody-episode.errors.js';
export * from './custody-episode.service.js';
export { type CustodyEpisodeRow, type EpisodeContactView } from './custody-episode.repository.js';
