import { joinSql, rawSql, sql } from './sql-fragment.js';

describe('sql fragments', () => {
  it('binds values as parameters numbered in order, across nested fragments', () => {
    const inner = sql`b = ${2} AND c = ${'three'}`;
    const { text, values } = sql`SELECT 1 WHERE a = ${1} AND ${inner} AND d = ${[4]}`.toQuery();
    expect(text).toBe('SELECT 1 WHERE a = $1 AND b = $2 AND c = $3 AND d = $4');
    expect(values).toEqual([1, 2, 'three', [4]]);
  });

  it('numbers a fragment by where it lands, not where it was written', () => {
    const scope = sql`x = ${'scoped'}`;
    expect(sql`${scope}`.toQuery()).toEqual({ text: 'x = $1', values: ['scoped'] });
    expect(sql`y = ${0} AND ${scope}`.toQuery()).toEqual({ text: 'y = $1 AND x = $2', values: [0, 'scoped'] });
  });

  it('never takes a value as text, however it looks', () => {
    const { text, values } = sql`name = ${"x'; DROP TABLE person; --"}`.toQuery();
    expect(text).toBe('name = $1');
    expect(values).toEqual(["x'; DROP TABLE person; --"]);
  });

  it('renders named parameters under a prefix, for a query builder', () => {
    expect(sql`a = ${1} AND ${rawSql('p.id')} = ${'id'}`.toNamed('scope')).toEqual({
      sql: 'a = :scope0 AND p.id = :scope1',
      params: { scope0: 1, scope1: 'id' },
    });
  });

  it('joins fragments with a separator', () => {
    const joined = joinSql([sql`a = ${1}`, sql`b = ${2}`, rawSql('TRUE')], ' OR ');
    expect(joined.toQuery()).toEqual({ text: 'a = $1 OR b = $2 OR TRUE', values: [1, 2] });
  });
});
