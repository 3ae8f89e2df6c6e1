import { DuplicateError } from './directory.errors.js';

export class CvrTakenError extends DuplicateError {
  constructor(cvr: string) {
    super('CVR_TAKEN', 'cvr', {
      da: `Der findes allerede en boligorganisation med CVR-nummer ${cvr}.`,
      en: `A housing organisation with CVR number ${cvr} already exists.`,
    });
  }
}
