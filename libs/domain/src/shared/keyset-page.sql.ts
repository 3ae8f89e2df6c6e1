import { decodeCursor, encodeCursor, type Page, type PageQuery } from '@app/common';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * One page of `query`, ordered by a text column of the query's main alias and then its id,
 * continuing after the cursor. Keyset rather than offset: stable while rows are added, and cheap
 * deep into a list. For repositories' query builders; the cursor's shape is checked by
 * `decodeCursor`, so a forged one is a 400, never a value PostgreSQL refuses.
 *
 * @param query the query builder, its main alias the rows paged
 * @param sortColumn the column (of the main alias) the list sorts by, e.g. `name`
 * @param sortKeyOf the same value read from a row, for the next cursor
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  sortKeyOf: (row: T) => string,
  page: PageQuery,
): Promise<Page<T>> {
  const alias = query.alias;
  if (page.cursor) {
    const position = decodeCursor(page.cursor);
    query.andWhere(`("${alias}"."${sortColumn}", "${alias}"."id") > (:cursorKey, :cursorId)`, {
      cursorKey: position.key,
      cursorId: position.id,
    });
  }
  const rows = await query
    .orderBy(`"${alias}"."${sortColumn}"`, 'ASC')
    .addOrderBy(`"${alias}"."id"`, 'ASC')
    .limit(page.limit + 1)
    .getMany();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor({ key: sortKeyOf(last), id: last.id }) : null,
  };
}
