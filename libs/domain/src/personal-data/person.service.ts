import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { type Page, type PageQuery } from '@app/common';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { EntityNotFoundError, UnknownReferenceError } from '../directory/directory.errors.js';
import { HousingOrganisationRepository } from '../directory/housing-organisation.repository.js';
import { MunicipalityRepository } from '../directory/municipality.repository.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { CprError, maskCpr, parseCpr } from './cpr.js';
import { PersonalDataCipher } from './personal-data-cipher.js';
import { PersonAnonymisationHooks } from './person-anonymisation.hooks.js';
import {
  CprInvalidError,
  PersonAnonymisedError,
  PersonExistsError,
  PersonHasOpenCaseError,
  StaleVersionError,
} from './personal-data.errors.js';
import { type Person } from './person.entity.js';
import { PersonRepository, type PersonChanges } from './person.repository.js';
import { mayManagePersons, maySeePersons, seesFullCpr } from './person-scope.js';

export interface PersonDetails {
  name: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  municipalityId?: string | null;
  childrenUnder18?: number;
  language?: 'da' | 'en';
}

export interface CreatePerson extends PersonDetails {
  cpr?: string;
  /** Administrators name the organisation; a caseworker's own is used otherwise. */
  housingOrganisationId?: string;
}

export interface PersonView {
  id: string;
  housingOrganisationId: string;
  municipalityId: string | null;
  name: string;
  /** Full for the roles that need it, `DDMMYY-xxxx` for the rest, null when none is recorded. */
  cpr: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  childrenUnder18: number;
  language: 'da' | 'en';
  anonymisedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PersonSearch {
  /** Exact CPR match through the blind index; never logged or stored in clear. */
  cpr?: string;
  /** Case-insensitive substring of the name. */
  name?: string;
}

const ANONYMISED_NAME = 'Anonymiseret';

@Injectable()
export class PersonService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(HousingOrganisationRepository) private readonly organisations: HousingOrganisationRepository,
    @Inject(MunicipalityRepository) private readonly municipalities: MunicipalityRepository,
    @Inject(PersonalDataCipher) private readonly cipher: PersonalDataCipher,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PersonAnonymisationHooks) private readonly anonymisationHooks: PersonAnonymisationHooks,
  ) {}

  async create(actor: Actor, input: CreatePerson): Promise<PersonView> {
    if (!mayManagePersons(actor.principal)) throw new RoleNotAllowedError();
    const organisationId =
      actor.principal.role === Role.Administrator ? input.housingOrganisationId : actor.principal.housingOrganisationId;
    if (!organisationId) throw new UnknownReferenceError('housingOrganisationId');
    const cpr = input.cpr === undefined ? undefined : this.parse(input.cpr);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await this.organisations.exists(manager, organisationId))) {
          throw new UnknownReferenceError('housingOrganisationId');
        }
        await this.assertMunicipality(manager, input.municipalityId);
        const encrypted = cpr ? this.cipher.encrypt(cpr) : undefined;
        const index = cpr ? this.cipher.blindIndex(cpr) : null;
        if (index) {
          const existing = await this.persons.idByCprIndex(manager, organisationId, index);
          if (existing) throw new PersonExistsError(existing);
        }
        const id = randomUUID();
        await this.persons.insert(manager, {
          id,
          housingOrganisationId: organisationId,
          ...this.details(input),
          name: input.name,
          cprCiphertext: encrypted?.ciphertext ?? null,
          cprKeyId: encrypted?.keyId ?? null,
          cprIndex: index,
        });
        await this.audit.record(manager, actor, [
          { action: 'person.create', entityType: 'person', entityId: id, personId: id },
        ]);
        return this.view(actor, await this.load(manager, actor, id));
      });
    } catch (error) {
      // Two registrations of one CPR number at the same moment (or the import registering it
      // meanwhile): the unique index lets one through, and it has committed by the time the other
      // is refused, so the 409 names the person, as the check above does.
      if (isUniqueViolation(error) && cpr) {
        const winner = await this.persons.idByCprIndex(
          this.dataSource.manager,
          organisationId,
          this.cipher.blindIndex(cpr),
        );
        throw new PersonExistsError(winner ?? '');
      }
      throw error;
    }
  }

  /** Reads one person in the caller's scope; out of scope is indistinguishable from absent. */
  async get(actor: Actor, id: string): Promise<PersonView> {
    if (!maySeePersons(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.persons.findInScope(manager, actor.principal, id);
      if (!person) throw new EntityNotFoundError('person');
      await this.audit.record(manager, actor, [
        { action: 'person.read', entityType: 'person', entityId: id, personId: id },
      ]);
      return this.view(actor, person);
    });
  }

  /** Lists or searches persons in scope; every person returned is a read, and audited as one. */
  async search(actor: Actor, search: PersonSearch, page: PageQuery): Promise<Page<PersonView>> {
    if (!maySeePersons(actor.principal)) throw new RoleNotAllowedError();
    const cprIndex = search.cpr === undefined ? undefined : this.cipher.blindIndex(this.parse(search.cpr));
    return this.dataSource.transaction(async (manager) => {
      const result = await this.persons.page(manager, actor.principal, { cprIndex, name: search.name }, page);
      const criteria = [search.cpr !== undefined ? 'cpr' : null, search.name ? 'name' : null].filter(
        (c): c is string => c !== null,
      );
      await this.audit.record(
        manager,
        actor,
        result.items.map((p) => ({
          action: 'person.read',
          entityType: 'person',
          entityId: p.id,
          personId: p.id,
          details: { via: 'search', criteria },
        })),
      );
      return { items: result.items.map((p) => this.view(actor, p)), nextCursor: result.nextCursor };
    });
  }

  async update(actor: Actor, id: string, version: number, patch: Partial<PersonDetails>): Promise<PersonView> {
    if (!mayManagePersons(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.persons.findInScope(manager, actor.principal, id, { lock: true });
      if (!person) throw new EntityNotFoundError('person');
      if (person.anonymisedAt) throw new PersonAnonymisedError();
      if (person.version !== version) throw new StaleVersionError(person.version, version);
      await this.assertMunicipality(manager, patch.municipalityId);
      const changes = this.details({ name: person.name, ...patch });
      await this.persons.update(manager, id, changes, person.version + 1);
      await this.audit.record(manager, actor, [
        {
          action: 'person.update',
          entityType: 'person',
          entityId: id,
          personId: id,
          details: { fields: Object.keys(patch) },
        },
      ]);
      return this.view(actor, await this.load(manager, actor, id));
    });
  }

  /** Erasure on request (GDPR art. 17): anonymises now, refused while a case is open. */
  async erase(actor: Actor, id: string): Promise<PersonView> {
    if (!maySeePersons(actor.principal)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const person = await this.persons.findInScope(manager, actor.principal, id, { lock: true });
      if (!person) throw new EntityNotFoundError('person');
      if (person.inactiveSince === null) throw new PersonHasOpenCaseError();
      if (!person.anonymisedAt) await this.anonymise(manager, actor, [id], 'erasure-request');
      return this.view(actor, await this.load(manager, actor, id));
    });
  }

  /**
   * Replaces every personal field with nothing, keeping what statistics need (municipality,
   * organisation, household size, dates). Records one audit row per person.
   */
  async anonymise(manager: EntityManager, actor: Actor | null, ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.persons.anonymise(manager, ids, ANONYMISED_NAME);
    // Warnings keep a copy of what they disclosed (names, address, details) and so do their
    // emails: scrub both, including digests that listed them. Only finished emails are touched;
    // a person is due for anonymisation years after their last case, long after any sending.
    await this.persons.eraseDisclosedCopies(manager, ids);
    // What other areas hold about them (debt counselling's notes, debts and budgets) goes too.
    await this.anonymisationHooks.notify(manager, ids);
    await this.audit.record(
      manager,
      actor,
      ids.map((id) => ({
        action: 'person.anonymise',
        entityType: 'person',
        entityId: id,
        personId: id,
        details: { reason },
      })),
    );
  }

  /** Reads back a person the actor just wrote (in their scope by construction). */
  private async load(manager: EntityManager, actor: Actor, id: string): Promise<Person> {
    const person = await this.persons.findInScope(manager, actor.principal, id);
    if (!person) throw new EntityNotFoundError('person');
    return person;
  }

  private parse(cpr: string): string {
    try {
      return parseCpr(cpr).value;
    } catch (error) {
      if (error instanceof CprError) throw new CprInvalidError(error.code);
      throw error;
    }
  }

  private async assertMunicipality(manager: EntityManager, municipalityId: string | null | undefined): Promise<void> {
    if (municipalityId && !(await this.municipalities.exists(manager, municipalityId))) {
      throw new UnknownReferenceError('municipalityId');
    }
  }

  private details(input: PersonDetails): PersonChanges {
    const defined = Object.entries({
      name: input.name,
      email: input.email,
      phone: input.phone,
      address: input.address,
      postcode: input.postcode,
      city: input.city,
      municipalityId: input.municipalityId,
      childrenUnder18: input.childrenUnder18,
      language: input.language,
    }).filter(([, value]) => value !== undefined);
    return Object.fromEntries(defined) as PersonChanges;
  }

  private view(actor: Actor, person: Person): PersonView {
    let cpr: string | null = null;
    if (person.cprCiphertext && person.cprKeyId) {
      const clear = this.cipher.decrypt({ keyId: person.cprKeyId, ciphertext: person.cprCiphertext });
      cpr = seesFullCpr(actor.principal) ? clear : maskCpr(clear);
    }
    return {
      id: person.id,
      housingOrganisationId: person.housingOrganisationId,
      municipalityId: person.municipalityId,
      name: person.name,
      cpr,
      email: person.email,
      phone: person.phone,
      address: person.address,
      postcode: person.postcode,
      city: person.city,
      childrenUnder18: person.childrenUnder18,
      language: person.language,
      anonymisedAt: person.anonymisedAt,
      version: person.version,
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
    };
  }
}
