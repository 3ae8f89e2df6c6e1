import { ConflictError } from '@app/common';

export class MunicipalityCodeTakenError extends ConflictError {
  constructor(code: string) {
    super(
      'MUNICIPALITY_CODE_TAKEN',
      {
        da: `Der findes allerede en kommune med kommunekode ${code}.`,
        en: `A municipality with municipality code ${code} already exists.`,
      },
      { field: 'code', value: code },
    );
  }
}
