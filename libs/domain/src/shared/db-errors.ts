import { QueryFailedError } from 'typeorm';

function driverError(error: unknown): { code?: string; constraint?: string } | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
}

const pgCode = (error: unknown): string | undefined => driverError(error)?.code;

export const isUniqueViolation = (error: unknown): boolean => pgCode(error) === '23505';
export const isForeignKeyViolation = (error: unknown): boolean => pgCode(error) === '23503';

/** The unique constraint (or unique index) a unique violation names, to tell which rule was broken. */
export const violatedUniqueConstraint = (error: unknown): string | undefined =>
  isUniqueViolation(error) ? driverError(error)?.constraint : undefined;
