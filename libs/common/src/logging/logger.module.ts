import { type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { assignRequestId } from './request-id.js';
import { safeError, safeLogFields, scrubLogText } from './safe-error.js';

/**
 * Structured JSON logs (pino) with the request id on every line, the same for the API and the
 * worker. No personal data reaches them: headers that carry credentials are redacted; request
 * bodies and query strings are never logged; every error is logged through `safeError`, under
 * whatever key it was passed, so a database error's parameters and row values stay out; and a
 * message string is scrubbed of email addresses and CPR-like numbers (see safe-error.ts).
 */
const INFO = 30;
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** A path as sent (`%40` for `@`) decoded for scrubbing; a malformed escape leaves it as it came. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

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
        // The path only: a query string may carry search terms, which can be personal data; and
        // a path can hold an email address (/notification-settings/:email), which is scrubbed.
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: scrubLogText(safeDecode(req.url.split('?')[0]!)),
        }),
        err: safeError,
      },
      formatters: { log: safeLogFields },
      hooks: {
        logMethod(args, method, level) {
          // Nest's start-up chatter (a line per module and per route) is for debugging, not for
          // the operator reading what `npm start` printed.
          const context = (args[0] as { context?: unknown } | undefined)?.context;
          if (level === INFO && typeof context === 'string' && START_UP_CONTEXTS.has(context)) {
            if (this.isLevelEnabled('debug')) this.debug(...(args as Parameters<typeof method>));
            return;
          }
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubLogText(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      // A request that succeeded is not news at info: a line per request cost the API a JSON
      // serialisation and a write to stdout on every call under load. Failures stay at warn and
      // error; LOG_LEVEL=debug shows every request, /health's probes included.
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'debug',
    },
  });
}
