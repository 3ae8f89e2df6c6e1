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
import { from, of, switchMap, type Observable } from 'rxjs';
import { AppError } from '@app/common';
import { IdempotencyService } from '@app/domain';
import { type AuthenticatedRequest } from '../auth/access.decorators.js';

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * `Idempotency-Key` on a POST: the first request runs and its response is kept; a retry with
 * the same key and body gets that response again (header `Idempotent-Replayed: true`); the same
 * key with a different body is refused.
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
      throw new AppError('IDEMPOTENCY_KEY_INVALID', 400, {
        da: 'Idempotency-Key skal være 8-200 tegn: bogstaver, cifre, . _ : -',
        en: 'Idempotency-Key must be 8-200 characters: letters, digits, . _ : -',
      });
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    return from(this.store.find(userId, key)).pipe(
      switchMap((stored) => {
        if (stored) {
          if (stored.requestHash !== requestHash) {
            throw new AppError('IDEMPOTENCY_KEY_REUSED', 422, {
              da: 'Idempotency-Key er allerede brugt til en anden anmodning.',
              en: 'The Idempotency-Key was already used for a different request.',
            });
          }
          response.status(stored.statusCode).setHeader('Idempotent-Replayed', 'true');
          return of(stored.body);
        }
        return next
          .handle()
          .pipe(
            switchMap((body) =>
              from(
                this.store.store(userId, key, { requestHash, statusCode: response.statusCode, body }).then(() => body),
              ),
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
      description: 'Retrying with the same key returns the first response',
    }),
  );
