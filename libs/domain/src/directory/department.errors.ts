import { DuplicateError } from './directory.errors.js';

/** The number is unique within the housing organisation (uq_department_number). */
export class DepartmentNumberTakenError extends DuplicateError {
  constructor(number: string) {
    super('DEPARTMENT_NUMBER_TAKEN', 'number', {
      da: `Boligorganisationen har allerede en afdeling nummer ${number}.`,
      en: `The housing organisation already has a department number ${number}.`,
    });
  }
}
