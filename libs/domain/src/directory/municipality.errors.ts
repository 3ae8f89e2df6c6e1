import { ConflictError } from '@app/common';
import { localized } from '@app/i18n';

export class MunicipalityCodeTakenError extends ConflictError {
  constructor(code: string) {
    const text = localized((m) => m.directory.municipalityCodeTaken({ code }));
    super('MUNICIPALITY_CODE_TAKEN', text, [{ field: 'code', rule: 'unique', message: text, value: code }]);
  }
}
