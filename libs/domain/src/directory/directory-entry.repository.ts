import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type Page, type PageQuery } from '@app/common';
import { keysetPage } from '../shared/keyset-page.sql.js';

/** The rows of a directory table: an id and a name the lists sort by. */
export type DirectoryRow = ObjectLiteral & { id: string; name: string };
/** What an entry is written from: everything but its timestamps. */
export type DirectoryInput<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The SQL of one directory table (municipalities, housing organisations, departments, probation
 * units, counselling providers), through its TypeORM entity. The directory holds no personal
 * data and every signed-in user may read all of it, so reads take no caller scope; writes are
 * for administrators, which the controllers declare.
 */
export abstract class DirectoryEntryRepository<T extends DirectoryRow> {
  protected constructor(protected readonly entity: EntityTarget<T>) {}

  async insert(manager: EntityManager, id: string, input: DirectoryInput<T>): Promise<T> {
    await manager.insert(this.entity, manager.create(this.entity, { ...input, id } as unknown as T));
    return manager.findOneByOrFail(this.entity, { id } as never);
  }

  findById(manager: EntityManager, id: string): Promise<T | null> {
    return manager.findOneBy(this.entity, { id } as never);
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(this.entity, { id } as never);
  }

  /** A page by name, with equality filters on the given columns (undefined ones are left out). */
  page(
    manager: EntityManager,
    page: PageQuery,
    filter: Partial<Record<keyof T & string, string>> = {},
  ): Promise<Page<T>> {
    const query = manager.getRepository(this.entity).createQueryBuilder('d');
    for (const [field, value] of Object.entries(filter)) {
      if (value !== undefined) query.andWhere(`d.${field} = :${field}`, { [field]: value });
    }
    return keysetPage(query, 'name', (row) => row.name, page);
  }

  async update(manager: EntityManager, id: string, patch: Partial<DirectoryInput<T>>): Promise<void> {
    if (Object.keys(patch).length > 0) await manager.update(this.entity, { id } as never, patch as never);
  }

  /** Whether a row was deleted; a row others still refer to fails with a foreign-key violation. */
  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.delete(this.entity, { id } as never);
    return Boolean(result.affected);
  }
}
