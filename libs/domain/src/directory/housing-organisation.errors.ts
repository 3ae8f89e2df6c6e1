import { localized } from '@app/i18n';
import { DuplicateError } from './directory.errors.js';

export class CvrTakenError extends DuplicateError {
  constructor(cvr: string) {
    super(
      'CVR_TAKEN',
      'cvr',
      localized((m) => m.directory.cvrTaken({ cvr })),
    );
  }
}
