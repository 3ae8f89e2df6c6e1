import { AppError } from '@app/common';
import { localized } from '@app/i18n';

/** `from` after `to`, or a range over 10 years (one table per period: the answer would be huge). */
export class StatisticsRangeInvalidError extends AppError {
  constructor() {
    super(
      'STATISTICS_RANGE_INVALID',
      400,
      localized((m) => m.statistics.STATISTICS_RANGE_INVALID),
      [{ field: 'to', rule: 'range', message: localized((m) => m.statistics.STATISTICS_RANGE_INVALID) }],
    );
  }
}

/** A manager attached to neither a housing organisation nor a municipality sees nothing. */
export class StatisticsScopeMissingError extends AppError {
  constructor() {
    super(
      'STATISTICS_SCOPE_MISSING',
      403,
      localized((m) => m.statistics.STATISTICS_SCOPE_MISSING),
    );
  }
}
