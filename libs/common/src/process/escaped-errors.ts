import { randomUUID } from 'node:crypto';

/** The part of a logger this needs: Nest's `Logger` (routed to pino once the app uses it) fits. */
export interface EscapedErrorLog {
  error(fields: Record<string, unknown>, message: string): void;
}

export interface EscapedErrorSummary {
  errorId: string;
  kind: 'uncaughtException' | 'unhandledRejection';
  name: string;
  code?: string;
  /** Where it was thrown: the stack's frames, without the message heading it. */
  frames: string[];
}

/**
 * What may be logged of an error nobody handled: its class, its code and where it was thrown.
 * Never its message, which can quote input (`JSON.parse`'s does; a database error's detail
 * holds the row's values), nor the error object itself, whose fields can hold query parameters.
 */
export function summarizeEscapedError(kind: EscapedErrorSummary['kind'], error: unknown): EscapedErrorSummary {
  const isError = error instanceof Error;
  const code = isError ? (error as { code?: unknown }).code : undefined;
  const frames = isError
    ? (error.stack ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('at '))
        .slice(0, 20)
    : [];
  return {
    errorId: randomUUID(),
    kind,
    name: isError ? error.name : typeof error,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    frames,
  };
}

/**
 * Logs an error that escaped every handler, instead of letting Node end the process.
 *
 * Carrying on is safe for this code, and better than exiting: the processes keep no state
 * between requests or jobs that such an error could leave half-changed. Every change is a
 * PostgreSQL transaction, rolled back if its connection or request dies; every side effect is
 * an outbox row or a BullMQ job with its own lock and retries; an import is claimed with a
 * lease and counted attempts. The errors that do escape come from one request's or job's
 * stream or socket (a client's broken upload was one), and exiting would end every other
 * request in flight and every job, and let one caller stop the service.
 *
 * A clean exit stays the answer where the process cannot work: a failure while starting (main
 * exits with status 1 and the supervisor restarts it), and what Node itself treats as fatal
 * (out of memory). Nothing here can answer the request an escaped error came from: its events
 * run outside the request's context. Node's request timeout closes such a request.
 */
export function keepRunningOnEscapedErrors(log: EscapedErrorLog, target: NodeJS.EventEmitter = process): void {
  const report = (kind: EscapedErrorSummary['kind']) => (error: unknown) => {
    try {
      const summary = summarizeEscapedError(kind, error);
      log.error({ ...summary }, `Escaped error ${summary.errorId} (${kind}); the process keeps running`);
    } catch {
      // An error thrown here would end the process after all.
    }
  };
  target.on('uncaughtException', report('uncaughtException'));
  target.on('unhandledRejection', report('unhandledRejection'));
}
