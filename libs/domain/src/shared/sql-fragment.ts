/**
 * A piece of a statement and the values it binds, kept apart until the statement is run, so a
 * shared fragment (a scope, a page's cursor) can be put into any statement without knowing how
 * many parameters come before it. Build one with the `sql` tag; run it through `toQuery()`
 * (`$1…$n`, for `manager.query`) or `toNamed()` (`:name`, for a TypeORM query builder).
 */
export class SqlFragment {
  private constructor(private readonly parts: readonly SqlPart[]) {}

  /** @internal Use `sql`, `rawSql` or `joinSql`. */
  static of(parts: readonly SqlPart[]): SqlFragment {
    return new SqlFragment(parts);
  }

  /** @internal The parts, for composing fragments. */
  get pieces(): readonly SqlPart[] {
    return this.parts;
  }

  /** The text with positional parameters `$1…$n` in order, and their values. */
  toQuery(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.parts.map((part) => ('text' in part ? part.text : `$${values.push(part.value)}`)).join('');
    return { text, values };
  }

  /**
   * The text with named parameters `:<prefix>0…`, and their values by name: the shape a query
   * builder's `where(sql, params)` takes. The prefix keeps two fragments in one statement apart.
   */
  toNamed(prefix: string): NamedSql {
    const params: Record<string, unknown> = {};
    let count = 0;
    const sql = this.parts
      .map((part) => {
        if ('text' in part) return part.text;
        const name = `${prefix}${count++}`;
        params[name] = part.value;
        return `:${name}`;
      })
      .join('');
    return { sql, params };
  }
}

/** Text the code wrote, or a value to bind. */
export type SqlPart = { text: string } | { value: unknown };

/** A condition with named parameters, as a TypeORM query builder's `where` takes it. */
export interface NamedSql {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Tagged template: each `${value}` becomes a bound parameter, each `${fragment}` is inlined with
 * its own parameters. Text is never spliced in from a value, so input cannot become SQL.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  const parts: SqlPart[] = [];
  strings.forEach((text, i) => {
    if (text) parts.push({ text });
    if (i < values.length) {
      const value = values[i];
      if (value instanceof SqlFragment) parts.push(...value.pieces);
      else parts.push({ value });
    }
  });
  return SqlFragment.of(parts);
}

/**
 * Text the code wrote (a column expression such as `p.id`, or another fragment function's text),
 * taken as SQL rather than as a value. Never pass anything a caller of the API typed.
 */
export function rawSql(text: string): SqlFragment {
  return SqlFragment.of([{ text }]);
}

/** The fragments one after another, with `separator` (code-written text) between them. */
export function joinSql(fragments: readonly SqlFragment[], separator: string): SqlFragment {
  const parts: SqlPart[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) parts.push({ text: separator });
    parts.push(...fragment.pieces);
  });
  return SqlFragment.of(parts);
}
