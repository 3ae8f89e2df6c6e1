export * from './audit-log.entity.js';
export type { NewAuditRow, PersonAccessRecord } from './audit-log.repository.js';
export * from './audit-query.service.js';
export * from './audit.module.js';
export * from './audit.service.js';
