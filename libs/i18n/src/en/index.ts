import { type Messages } from '../catalogue.js';
import { calendar } from './calendar.js';
import { http } from './http.js';
import { imports } from './imports.js';
import { mail } from './mail.js';
import { access, directory, entities, organisationKinds, personalData, roles } from './people.js';
import { validation } from './validation.js';
import { warnings } from './warnings.js';

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
  imports,
  mail,
  warnings,
};
