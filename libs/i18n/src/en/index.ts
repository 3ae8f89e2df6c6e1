import { type Messages } from '../catalogue.js';
import { calendar } from './calendar.js';
import { cases } from './cases.js';
import { counsellingReferrals } from './counselling-referrals.js';
import { counsellingBudget } from './counselling-budget.js';
import { counsellingCasework } from './counselling-casework.js';
import { http } from './http.js';
import { imports } from './imports.js';
import { mail } from './mail.js';
import { paymentPlans } from './payment-plans.js';
import { probationRules } from './probation-rules.js';
import { probation } from './probation.js';
import { custodyPlanning } from './custody-planning.js';
import { statisticsExports } from './statistics-exports.js';
import { webStatistics } from './web-statistics.js';
import { rentAssistance } from './rent-assistance.js';
import { access, directory, entities, organisationKinds, personalData, roles } from './people.js';
import { deadlineLabels, refusals, transitions } from './refusals.js';
import { validation } from './validation.js';
import { warnings } from './warnings.js';
import { statistics } from './statistics.js';
import { web } from './web.js';
import { webAdmin } from './web-admin.js';
import { webCases } from './web-cases.js';
import { webCounselling } from './web-counselling.js';
import { webImports } from './web-imports.js';
import { webInbox } from './web-inbox.js';
import { webProbation } from './web-probation.js';

/** The English catalogue: typed as the Danish one, so no message can be missing. */
export const en: Messages = {
  http,
  validation,
  entities,
  roles,
  organisationKinds,
  directory,
  access,
  personalData,
  calendar,
  cases,
  paymentPlans,
  rentAssistance,
  imports,
  mail,
  warnings,
  transitions,
  refusals,
  deadlineLabels,
  web,
  webCases,
  webImports,
  webInbox,
  webAdmin,
  webCounselling,
  counsellingReferrals,
  counsellingBudget,
  counsellingCasework,
  probationRules,
  probation,
  webProbation,
  statisticsExports,
  webStatistics,
  statistics,
  custodyPlanning,
};
