import { type DataSource, type EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { type AppError, type Page, type PageQuery } from '@app/common';
import { isForeignKeyViolation, violatedUniqueConstraint } from '../shared/db-errors.js';
import { type DirectoryEntryRepository, type DirectoryInput, type DirectoryRow } from './directory-entry.repository.js';
import { EntityInUseError, EntityNotFoundError, type DirectoryKind } from './directory.errors.js';

/**
 * Create, list, read, update and delete for a directory entry (organisations, units,
 * providers, departments, municipalities). Directory entries are not personal data and every
 * signed-in user may read them; writes are for administrators, which the controllers declare.
 */
export abstract class DirectoryService<T extends DirectoryRow> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly repository: DirectoryEntryRepository<T>,
    private readonly kind: DirectoryKind,
  ) {}

  /** Checks references and uniqueness inside the write's transaction; throws 4xx errors. */
  protected async validate(_manager: EntityManager, _input: Partial<DirectoryInput<T>>, _id?: string): Promise<void> {}

  /**
   * The error for a write refused by a unique constraint. `validate` gives the same error in
   * the common case; this one is for two writes of the same value at the same moment, which
   * both pass `validate` before either commits: the constraint lets one through and the other
   * gets the 409 instead of a 500.
   */
  protected async duplicateError(
    _constraint: string,
    _input: Partial<DirectoryInput<T>>,
    _id?: string,
  ): Promise<AppError | undefined> {
    return undefined;
  }

  async create(input: DirectoryInput<T>): Promise<T> {
    return this.mappingDuplicates(input, undefined, () =>
      this.dataSource.transaction(async (manager) => {
        await this.validate(manager, input);
        return this.repository.insert(manager, randomUUID(), input);
      }),
    );
  }

  async list(page: PageQuery, filter: Partial<Record<keyof T & string, string>> = {}): Promise<Page<T>> {
    return this.repository.page(this.dataSource.manager, page, filter);
  }

  async get(id: string): Promise<T> {
    const row = await this.repository.findById(this.dataSource.manager, id);
    if (!row) throw new EntityNotFoundError(this.kind);
    return row;
  }

  async update(id: string, patch: Partial<DirectoryInput<T>>): Promise<T> {
    return this.mappingDuplicates(patch, id, () =>
      this.dataSource.transaction(async (manager) => {
        if (!(await this.repository.exists(manager, id))) throw new EntityNotFoundError(this.kind);
        await this.validate(manager, patch, id);
        await this.repository.update(manager, id, patch);
        return (await this.repository.findById(manager, id))!;
      }),
    );
  }

  async remove(id: string): Promise<void> {
    try {
      if (!(await this.repository.delete(this.dataSource.manager, id))) throw new EntityNotFoundError(this.kind);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new EntityInUseError(this.kind);
      throw error;
    }
  }

  private async mappingDuplicates(
    input: Partial<DirectoryInput<T>>,
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
}
