export * from './rent-assistance-rules.js';
export * from './rent-assistance.errors.js';
export {
  RentAssistanceService,
  type DecideRentAssistanceApplication,
  type RecordRentAssistanceApplication,
  type RentAssistanceView,
} from './rent-assistance.service.js';
export type { RentAssistanceRow } from './rent-assistance.repository.js';
