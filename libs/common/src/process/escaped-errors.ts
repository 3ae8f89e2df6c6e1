import { randomUUID } from 'node:crypto';
import { safeError } from '../logging/safe-error.js';

/** The part of a logger this needs: Nest's `Logger` (routed to pino once the app uses it) fits. */
export interface EscapedErrorLog {
  error(fields: Record<string, unknown>, message: string): void;
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
  const report = (kind: 'uncaughtException' | 'unhandledRejection') => (error: unknown) => {
    try {
      // Made safe here, not only by the logger: this may run before the app's logger is in place.
      const errorId = randomUUID();
      log.error(
        { errorId, kind, err: safeError(error) },
        `Escaped error ${errorId} (${kind}); the process keeps running`,
      );
    } catch {
      // An error thrown here would end the process after all.
    }
  };
  target.on('uncaughtException', report('uncaughtException'));
  target.on('unhandledRejection', report('unhandledRejection'));
}
