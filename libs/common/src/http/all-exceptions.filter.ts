import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { isLocalizedText, localized, type Language } from '@app/i18n';
import { AppError } from '../errors/app-error.js';
import { type ErrorBody, type ErrorDetail, pickLanguage } from '../errors/error-body.js';
import { codeForStatus, HttpErrorText } from '../errors/error-codes.js';
import { requestIdOf } from '../logging/request-id.js';
import { databaseRefusal } from './database-errors.js';

/**
 * An error's details in the one shape (`ErrorDetail[]`), whatever the thrower passed: a list of
 * problems, one object of values, or nothing. A detail without its own message or rule gets the
 * error's; every `{da, en}` text inside is rendered in the reader's language.
 */
export function errorDetails(error: AppError, language: Language): ErrorDetail[] {
  const { details } = error;
  if (details === undefined || details === null) return [];
  const items: unknown[] = Array.isArray(details) ? details : [details];
  return items.map((item) => {
    const { field, rule, message, ...values } =
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : { value: item };
    return {
      field: typeof field === 'string' ? field : null,
      rule: typeof rule === 'string' ? rule : error.code,
      message: (() => {
        const rendered = inLanguage(message, language);
        return typeof rendered === 'string' ? rendered : error.text[language];
      })(),
      ...(inLanguage(values, language) as Record<string, unknown>),
    };
  });
}

/**
 * Every `{da, en}` text inside a value rendered in the reader's language; everything else as it is.
 */
export function inLanguage(details: unknown, language: Language): unknown {
  if (isLocalizedText(details)) return details[language];
  if (Array.isArray(details)) return details.map((item) => inLanguage(item, language));
  if (typeof details === 'object' && details !== null && Object.getPrototypeOf(details) === Object.prototype) {
    return Object.fromEntries(Object.entries(details).map(([key, value]) => [key, inLanguage(value, language)]));
  }
  return details;
}

/** body-parser's errors carry `type` and `status` instead of being HttpExceptions. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

/**
 * Turns every failure into `{statusCode, code, message, details, requestId}`. Failures we did
 * not foresee are logged in full under an error id; the caller gets only that id.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const language = pickLanguage(request.headers['accept-language']);
    const body = this.toBody(exception, language, requestIdOf(request));
    const retryAfter = body.details.find((detail) => typeof detail.retryAfterSeconds === 'number')?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && !response.headersSent) response.setHeader('Retry-After', String(retryAfter));
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown, language: 'da' | 'en', requestId: string): ErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        code: exception.code,
        message: exception.text[language],
        details: errorDetails(exception, language),
        requestId,
      };
    }
    const parserError = isBodyParserError(exception) ? exception : this.bodyParserCause(exception);
    if (parserError && parserError.status < 500) {
      const code =
        parserError.type === 'entity.parse.failed'
          ? 'MALFORMED_JSON'
          : parserError.type === 'entity.too.large'
            ? 'PAYLOAD_TOO_LARGE'
            : parserError.type === 'entity.too.deep'
              ? 'JSON_TOO_DEEP'
              : codeForStatus(parserError.status);
      return { statusCode: parserError.status, code, message: HttpErrorText[code][language], details: [], requestId };
    }
    if (exception instanceof HttpException && exception.getStatus() === 400 && exception.cause instanceof URIError) {
      // The router could not percent-decode a path segment (`%ED%A0%80`, a lone surrogate's
      // bytes, or a bare `%`): the same refusal as unsafe characters in a decoded one.
      return {
        statusCode: 400,
        code: 'INVALID_CHARACTERS',
        message: HttpErrorText.INVALID_CHARACTERS[language],
        details: [
          { field: 'path', rule: 'characters', message: localized((m) => m.validation.pathCharacters)[language] },
        ],
        requestId,
      };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = codeForStatus(status);
      return { statusCode: status, code, message: HttpErrorText[code][language], details: [], requestId };
    }
    const refusal = databaseRefusal(exception);
    if (refusal) {
      // Logged, because validation should have caught it first; the logger keeps only the
      // SQLSTATE and identifiers of a database error, never its parameters or detail. The
      // caller gets the code alone: pg's message and detail quote the row's values.
      this.logger.warn({ err: exception, requestId, sqlState: refusal.sqlState }, `Database refused ${refusal.code}`);
      return {
        statusCode: refusal.statusCode,
        code: refusal.code,
        message: HttpErrorText[refusal.code][language],
        details: [],
        requestId,
      };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId, requestId }, `Unhandled error ${errorId}`);
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const code = codeForStatus(status);
    return {
      statusCode: status,
      code,
      message: `${HttpErrorText[code][language]} (${errorId})`,
      details: [],
      requestId,
      errorId,
    };
  }

  private bodyParserCause(exception: unknown): BodyParserError | undefined {
    if (exception instanceof HttpException && isBodyParserError(exception.cause)) return exception.cause;
    return undefined;
  }
}
