import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { type AppError, type Page, type PageQuery } from '@app/common';
import { isForeignKeyViolation, violatedUniqueConstraint } from '../shared/db-errors.js';
import { keysetPage } from '../shared/keyset-page.js';
import { EntityInUseError, EntityNotFoundError, type DirectoryKind } from './directory.errors.js';

type Row = ObjectLiteral & { id: string; name: string };
type Input<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Create, list, read, update and delete for a directory entry (organisations, units,
 * providers, departments). Directory entries are not personal data; writes are for
 * administrators, which the controllers declare.
 */
export abstract class DirectoryService<T extends Row> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly kind: DirectoryKind,
  ) {}

  /** Checks references and uniqueness inside the write's transaction; throws 4xx errors. */
  protected async validate(_manager: EntityManager, _input: Partial<Input<T>>, _id?: string): Promise<void> {}

  /**
   * The error for a write refused by a unique constraint. `validate` gives the same error in
   * the common case; this one is for two writes of the same value at the same moment, which
   * both pass `validate` before either commits: the constraint lets one through and the other
   * gets the 409 instead of a 500.
   */
  protected async duplicateError(
    _constraint: string,
    _input: Partial<Input<T>>,
    _id?: string,
  ): Promise<AppError | undefined> {
    return undefined;
  }

  async create(input: Input<T>): Promise<T> {
    return this.mappingDuplicates(input, undefined, () =>
      this.dataSource.transaction(async (manager) => {
        await this.validate(manager, input);
        const row = manager.create(this.entity, { ...input, id: randomUUID() } as unknown as T);
        await manager.insert(this.entity, row);
        return manager.findOneByOrFail(this.entity, { id: row.id } as never);
      }),
    );
  }

  async list(page: PageQuery, filter: Partial<Record<keyof T & string, string>> = {}): Promise<Page<T>> {
    const query = this.dataSource.getRepository(this.entity).createQueryBuilder('d');
    for (const [field, value] of Object.entries(filter)) {
      if (value !== undefined) query.andWhere(`d.${field} = :${field}`, { [field]: value });
    }
    return keysetPage(query, 'name', (row) => row.name, page);
  }

  async get(id: string): Promise<T> {
    const row = await this.dataSource.getRepository(this.entity).findOneBy({ id } as never);
    if (!row) throw new EntityNotFoundError(this.kind);
    return row;
  }

  async update(id: string, patch: Partial<Input<T>>): Promise<T> {
    return this.mappingDuplicates(patch, id, () =>
      this.dataSource.transaction(async (manager) => {
        if (!(await manager.existsBy(this.entity, { id } as never))) throw new EntityNotFoundError(this.kind);
        await this.validate(manager, patch, id);
        if (Object.keys(patch).length > 0) await manager.update(this.entity, { id } as never, patch as never);
        return manager.findOneByOrFail(this.entity, { id } as never);
      }),
    );
  }

  private async mappingDuplicates(
    input: Partial<Input<T>>,
    id: string | undefined,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = violatedUniqueConstraint(error);
      throw (constraint && (await this.duplicateError(constraint, input, id))) || error;
    }
  }

  async remove(id: string): Promise<void> {
    try {
      const result = await this.dataSource.getRepository(this.entity).delete({ id } as never);
      if (!result.affected) throw new EntityNotFoundError(this.kind);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new EntityInUseError(this.kind);
      throw error;
    }
  }
}
