export * from './arrears.module.js';
export * from './arrears-case.service.js';
export type { LedgerPageLine, TimelineLine } from './case-history.repository.js';
export * from './arrears.errors.js';
export * from './ledger-summary.js';
export * from './tenancy.entity.js';
export * from './tenancy.service.js';
export * from './arrears-registration.service.js';
export * from './legal-steps/case-state-machine.js';
export * from './legal-steps/case-outcome.js';
export * from './legal-steps/case-derivation.js';
export * from './import/arrears-import.service.js';
export * from './import/arrears-file-parser.js';
export {
  ImportBatchWriter,
  type BatchContext,
  type BatchResult,
  type ResolvedRow,
} from './import/import-batch.writer.js';
export * from './payment-plan/index.js';
export * from './rent-assistance/index.js';
