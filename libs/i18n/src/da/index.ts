import { calendar } from './calendar.js';
import { http } from './http.js';
import { imports } from './imports.js';
import { mail } from './mail.js';
import { access, directory, entities, organisationKinds, personalData, roles } from './people.js';
import { validation } from './validation.js';
import { warnings } from './warnings.js';

/** The Danish catalogue: every user-facing text, by area. Danish is the default language. */
export const da = {
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
