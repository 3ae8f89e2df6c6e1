import { localized } from '@app/i18n';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, of, switchMap, throwError, type Observable } from 'rxjs';
import { AppError } from '@app/common';
import { IdempotencyService } from '@app/domain';
import { type AuthenticatedRequest } from '../auth/access.decorators.js';

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** Seconds a client is asked to wait before retrying while the first request with its key still runs. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/**
 * `Idempotency-Key` on a POST: the first request runs and its response is kept; a retry with
 * the same key and body gets that response again (header `Idempotent-Replayed: true`); the same
 * key with a different body is refused. The key is reserved before the request runs, so a retry
 * sent while the first is still running is refused with 409 rather than run a second time (as
 * the IETF draft "The Idempotency-Key HTTP Header Field" answers a request already being
 * processed); once the first has answered, the retry gets its answer. A request that fails
 * keeps nothing: the key may be used again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IdempotencyService) private readonly store: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const key = request.header('idempotency-key');
    const userId = request.actor?.principal.userId;
    if (!key || !userId) return next.handle();
    if (!KEY.test(key)) {
      throw new AppError(
        'IDEMPOTENCY_KEY_INVALID',
        400,
        localized((m) => m.http.IDEMPOTENCY_KEY_INVALID),
      );
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    return from(this.store.claim(userId, key, requestHash)).pipe(
      switchMap((claim) => {
        if (claim.kind !== 'reserved') {
          const earlierHash = claim.kind === 'completed' ? claim.stored.requestHash : claim.requestHash;
          if (earlierHash !== requestHash) {
            throw new AppError(
              'IDEMPOTENCY_KEY_REUSED',
              422,
              localized((m) => m.http.IDEMPOTENCY_KEY_REUSED),
            );
          }
          if (claim.kind === 'in-progress') {
            throw new AppError(
              'IDEMPOTENCY_KEY_IN_PROGRESS',
              409,
              localized((m) => m.http.IDEMPOTENCY_KEY_IN_PROGRESS),
              { retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS },
            );
          }
          response.status(claim.stored.statusCode).setHeader('Idempotent-Replayed', 'true');
          return of(claim.stored.body);
        }
        return next.handle().pipe(
          switchMap((body) =>
            from(
              this.store.complete(userId, key, { requestHash, statusCode: response.statusCode, body }).then(() => body),
            ),
          ),
          // The request's own error is what the caller must see, even if releasing the key fails
          // too (the key is then free again once its reservation counts as abandoned).
          catchError((error: unknown) =>
            from(this.store.release(userId, key).catch(() => undefined)).pipe(switchMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }
}

/** Marks a POST as honouring `Idempotency-Key`. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Retrying with the same key returns the first response; while the first still runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS',
    }),
  );
