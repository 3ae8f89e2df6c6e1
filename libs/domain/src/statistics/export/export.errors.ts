import { AppError } from '@app/common';
import { localized } from '@app/i18n';

/** More rows than one export holds: the caller narrows the filters (422, EXPORT_TOO_LARGE). */
export class ExportTooLargeError extends AppError {
  constructor(max: number) {
    super(
      'EXPORT_TOO_LARGE',
      422,
      localized((m) => m.statisticsExports.EXPORT_TOO_LARGE({ max: String(max) })),
      { max },
    );
  }
}
