import { localized } from '@app/i18n';
import { DuplicateError } from './directory.errors.js';

/** The number is unique within the housing organisation (uq_department_number). */
export class DepartmentNumberTakenError extends DuplicateError {
  constructor(number: string) {
    super(
      'DEPARTMENT_NUMBER_TAKEN',
      'number',
      localized((m) => m.directory.departmentNumberTaken({ number })),
    );
  }
}
