import { type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { assignRequestId } from './request-id.js';

/**
 * Structured JSON logs (pino) with the request id on every line. Headers that carry
 * credentials are redacted; request bodies are never logged, since they hold personal data.
 */
export function structuredLogging(level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      genReqId: (request, response) =>
        typeof (request as { id?: unknown }).id === 'string'
          ? (request as unknown as { id: string }).id
          : assignRequestId(request, response),
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      serializers: {
        // The path only: a query string may carry search terms, which can be personal data.
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    },
  });
}
