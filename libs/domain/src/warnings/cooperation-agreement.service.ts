import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '@app/common';
import { localized } from '@app/i18n';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { HousingOrganisationRepository } from '../directory/housing-organisation.repository.js';
import { MunicipalityRepository } from '../directory/municipality.repository.js';
import {
  type AgreementFilter,
  CooperationAgreementRepository,
  type CooperationAgreementInput,
  type CooperationAgreementView,
} from './cooperation-agreement.repository.js';

export type { CooperationAgreementInput, CooperationAgreementView } from './cooperation-agreement.repository.js';

/**
 * The cooperation agreement between a municipality and a housing organisation (KL/BL partnership)
 * says which voluntary early warnings they use, from which arrears amount, and how many business
 * days before an eviction the reminder goes out. The statutory notice needs no agreement.
 */
@Injectable()
export class CooperationAgreementService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CooperationAgreementRepository) private readonly agreements: CooperationAgreementRepository,
    @Inject(MunicipalityRepository) private readonly municipalities: MunicipalityRepository,
    @Inject(HousingOrganisationRepository) private readonly organisations: HousingOrganisationRepository,
  ) {}

  /** Administrators see all; staff and managers see the agreements of their own organisation. */
  async list(actor: Actor): Promise<CooperationAgreementView[]> {
    const { role, municipalityId, housingOrganisationId } = actor.principal;
    let filter: AgreementFilter;
    if (role === Role.Administrator) filter = { all: true };
    else if (municipalityId) filter = { municipalityId };
    else if (housingOrganisationId) filter = { housingOrganisationId };
    else throw new RoleNotAllowedError();
    return this.agreements.list(this.dataSource.manager, filter);
  }

  /** Creates or replaces the agreement of one municipality and one housing organisation. */
  async upsert(actor: Actor, input: CooperationAgreementInput): Promise<CooperationAgreementView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    if (input.validTo && input.validTo < input.validFrom) {
      throw new AppError(
        'AGREEMENT_PERIOD_INVALID',
        400,
        localized((m) => m.warnings.errors.AGREEMENT_PERIOD_INVALID),
        [
          {
            field: 'validTo',
            rule: 'notBeforeValidFrom',
            message: localized((m) => m.warnings.details.notBeforeValidFrom),
          },
        ],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.municipalities.exists(manager, input.municipalityId))) {
        throw new EntityNotFoundError('municipality');
      }
      if (!(await this.organisations.exists(manager, input.housingOrganisationId))) {
        throw new EntityNotFoundError('housing_organisation');
      }
      return this.agreements.upsert(manager, randomUUID(), input);
    });
  }
}
