import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Executions of one statement text, in this process, before it is prepared: a text run once
 * (a one-off report, a batch with generated placeholders) is not worth a place in the server's
 * memory; one the API runs on every request is, from its third run on.
 */
const PREPARE_AFTER_USES = 3;
/** Statement texts whose uses are counted; past this many the least recently run is forgotten. */
const COUNTED_TEXTS = 2_000;
/**
 * Named statements one connection holds at most. Beyond this, further texts run unnamed: the
 * server keeps each named statement (and its cached plan) until the connection closes.
 */
export const PREPARED_PER_CONNECTION = 200;

/** Uses per text, least recently run first (a Map keeps insertion order; a use moves it last). */
const uses = new Map<string, { name: string; count: number }>();

/**
 * Counts a run of `text`; from its PREPARE_AFTER_USES-th run on, its name (the same text has the
 * same name on every connection), before that null.
 */
function repeated(text: string): string | null {
  let entry = uses.get(text);
  if (entry) {
    uses.delete(text);
  } else {
    if (uses.size >= COUNTED_TEXTS) uses.delete(uses.keys().next().value!);
    entry = { name: `s_${createHash('sha1').update(text).digest('base64url')}`, count: 0 };
  }
  uses.set(text, entry);
  entry.count += 1;
  return entry.count >= PREPARE_AFTER_USES ? entry.name : null;
}

/**
 * A `pg` client that runs the parameterised statements this process repeats as named prepared
 * statements, so that PostgreSQL parses and plans each once per connection instead of at every
 * execution — the way pgjdbc and Npgsql do after a few uses. The API's statements are fixed
 * texts with `$n` parameters; some (the warning rules' case facts) take longer to plan than to
 * run. With a named statement PostgreSQL keeps the parse tree and, after five executions, a
 * generic plan when it costs no more than the custom ones (`plan_cache_mode = auto`).
 *
 * Nothing else changes: the text, the parameters, the results and the errors are those of the
 * unnamed statement. Given to the pool by `dataSourceOptions({ preparedStatements: true })`; off
 * for the embedded database, whose one session all connections share (a name prepared by one
 * would be unknown to the others' clients), and behind a pooler that moves sessions between
 * clients (`DATABASE_PREPARED_STATEMENTS=false`). See README, "Configuration".
 *
 * When migrating a running system: a prepared statement's result columns are fixed, so a
 * migration that changes the type of a column some statement returns makes that statement fail
 * once on each open connection ("cached plan must not change result type"). Adding columns is
 * safe: every statement names the columns it returns (no outer `SELECT *` of a table). Restart
 * the processes after a migration that changes a column's type.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  /** The name to run `text` under on this connection, or null to run it unnamed. */
  nameFor(text: string): string | null {
    const name = repeated(text);
    if (!name) return null;
    if (this.prepared.has(name)) return name;
    if (this.prepared.size >= PREPARED_PER_CONNECTION) return null;
    this.prepared.add(name);
    return name;
  }
}

// Assigned rather than declared as an override, so the class keeps pg's typed overloads of
// `query` (text or config, values or callback) for its callers.
const unnamedQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
PreparingClient.prototype.query = function (
  this: PreparingClient,
  config: unknown,
  values?: unknown,
  callback?: unknown,
) {
  const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 ? this.nameFor(config) : null;
  return name
    ? unnamedQuery.call(this, { name, text: config, values }, callback)
    : unnamedQuery.call(this, config, values, callback);
} as unknown as pg.Client['query'];
