import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Page, type PageQuery } from '@app/common';
import { type Principal } from '../access/roles.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import { keysetPage } from '../shared/keyset-page.sql.js';
import { sql } from '../shared/sql-fragment.js';
import { WarningRepository } from '../warnings/warning.repository.js';
import { Person } from './person.entity.js';
import { personScopeSql, type PersonScopeColumns } from './person-scope.sql.js';

/** The columns a person's details are changed through. */
export type PersonChanges = Partial<
  Pick<
    Person,
    'name' | 'email' | 'phone' | 'address' | 'postcode' | 'city' | 'municipalityId' | 'childrenUnder18' | 'language'
  >
>;

/** A person row to insert; the table fills in the rest (version, timestamps, defaults). */
export type NewPerson = Pick<Person, 'id' | 'housingOrganisationId' | 'cprCiphertext' | 'cprKeyId' | 'cprIndex'> &
  PersonChanges & { name: string };

/** What lists and searches filter on: the blind index of a CPR number, part of a name. */
export interface PersonFilter {
  cprIndex?: string;
  name?: string;
}

/** The person table as the scope sees it in this repository's statements (alias `p`). */
const PERSON: PersonScopeColumns = {
  personId: 'p.id',
  housingOrganisationId: 'p.housing_organisation_id',
  municipalityId: 'p.municipality_id',
};

/**
 * The `person` table. Every read takes the reader and sees only the persons in their scope
 * (`personScopeSql`); a role that sees no persons finds none. Rows carry the CPR ciphertext and key
 * id (never the clear number); callers decrypt and mask.
 */
@Injectable()
export class PersonRepository {
  constructor(
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
  ) {}

  /** The person in the reader's scope, with the encrypted CPR; `lock` holds the row until the transaction ends. */
  findInScope(
    manager: EntityManager,
    reader: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<Person | null> {
    const query = this.scoped(manager, reader).andWhere('p.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Whether the person is in the reader's scope, and since when anonymised; null when not in scope. */
  async statusInScope(
    manager: EntityManager,
    reader: Principal,
    id: string,
  ): Promise<{ anonymisedAt: Date | null } | null> {
    const row = await this.scoped(manager, reader)
      .select('p.anonymised_at', 'anonymised_at')
      .andWhere('p.id = :id', { id })
      .getRawOne<{ anonymised_at: Date | null }>();
    return row ? { anonymisedAt: row.anonymised_at } : null;
  }

  /** A page of the persons in the reader's scope, by name. */
  page(manager: EntityManager, reader: Principal, filter: PersonFilter, page: PageQuery): Promise<Page<Person>> {
    const query = this.scoped(manager, reader);
    if (filter.cprIndex !== undefined) query.andWhere('p.cpr_index = :index', { index: filter.cprIndex });
    if (filter.name) {
      query.andWhere(`p.name ILIKE :name ESCAPE '\\'`, { name: `%${filter.name.replace(/[\\%_]/g, '\\$&')}%` });
    }
    return keysetPage(query, 'name', (p) => p.name, page);
  }

  /** The id of the organisation's person with this CPR blind index: one per organisation. */
  async idByCprIndex(
    manager: EntityManager,
    housingOrganisationId: string,
    cprIndex: string,
  ): Promise<string | undefined> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM person WHERE housing_organisation_id = $1 AND cpr_index = $2`,
      [housingOrganisationId, cprIndex],
    );
    return row?.id;
  }

  async insert(manager: EntityManager, person: NewPerson): Promise<void> {
    await manager.insert(Person, manager.create(Person, person));
  }

  /** Writes the changes and the next version (optimistic locking: the caller checked the one read). */
  async update(manager: EntityManager, id: string, changes: PersonChanges, version: number): Promise<void> {
    await manager.update(Person, { id }, { ...changes, version });
  }

  /**
   * Replaces every personal field with nothing (the name with `anonymisedName`), keeping what
   * statistics need (municipality, organisation, household size, dates).
   */
  async anonymise(manager: EntityManager, ids: string[], anonymisedName: string): Promise<void> {
    await manager.query(
      `UPDATE person SET name = $2, cpr_ciphertext = NULL, cpr_key_id = NULL, cpr_index = NULL, email = NULL,
              phone = NULL, address = NULL, postcode = NULL, city = NULL, anonymised_at = now(),
              version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL`,
      [ids, anonymisedName],
    );
  }

  /**
   * Empties the copies that warnings and their finished emails (digests included) kept of what
   * they disclosed about these persons, through the warning and outbox repositories.
   */
  async eraseDisclosedCopies(manager: EntityManager, ids: string[]): Promise<void> {
    const warningIds = await this.warnings.eraseDisclosedCopies(manager, ids);
    await this.outbox.eraseWarningCopies(manager, warningIds);
  }

  /**
   * Persons not anonymised with no open case for longer than `days`, oldest first, locked for
   * the caller's transaction and skipped by any other retention run.
   */
  async dueForRetention(manager: EntityManager, days: number, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM person
        WHERE anonymised_at IS NULL AND inactive_since < now() - make_interval(days => $1)
        ORDER BY inactive_since LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [days, limit],
    );
    return rows.map((row) => row.id);
  }

  private scoped(manager: EntityManager, reader: Principal): SelectQueryBuilder<Person> {
    const scope = (personScopeSql(reader, PERSON) ?? sql`FALSE`).toNamed('personScope');
    return manager
      .getRepository(Person)
      .createQueryBuilder('p')
      .addSelect(['p.cprCiphertext', 'p.cprKeyId'])
      .where(scope.sql, scope.params);
  }
}
