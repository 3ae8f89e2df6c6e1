import { User } from './access/user.entity.js';
import { Tenancy } from './arrears/tenancy.entity.js';
import { AuditLog } from './audit/audit-log.entity.js';
import { Department } from './directory/department.entity.js';
import { CounsellingProvider } from './directory/counselling-provider.entity.js';
import { HousingOrganisation } from './directory/housing-organisation.entity.js';
import { Municipality } from './directory/municipality.entity.js';
import { ProbationUnit } from './directory/probation-unit.entity.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { Consent } from './personal-data/consent.entity.js';
import { Person } from './personal-data/person.entity.js';

/** Every entity the DataSource maps; add new ones here. */
export const ENTITIES = [
  Municipality,
  HousingOrganisation,
  Department,
  ProbationUnit,
  CounsellingProvider,
  User,
  Person,
  Consent,
  Tenancy,
  AuditLog,
  OutboxMessage,
];
