import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type IsoDate } from '@app/calendar';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { WarningRepository } from '../../warnings/warning.repository.js';
import { ReferralNotFoundError } from '../referrals/referral.errors.js';
import { ReferralRepository, type ReferralRow } from '../referrals/referral.repository.js';
import { mayRecordCasework } from './casework-rules.js';
import { CaseworkReferralNotActiveError } from './casework.errors.js';

/**
 * Who may see and record the casework on a referral (docs/debt-counselling.md#casework): only the
 * debt advisors of the referral's provider while the consent it was made under is in force — the
 * advisor's referral scope (ReferralRepository.findVisible). Out of scope, a withdrawn or expired
 * consent and a missing referral all look the same: 404 REFERRAL_NOT_FOUND. Every other role is
 * refused outright (403): the landlord's caseworker and the social worker see the referral's state,
 * never its sessions, debts or budgets (no consent purpose covers them); managers see none of it.
 */
@Injectable()
export class CaseworkAccess {
  constructor(
    @Inject(ReferralRepository) private readonly referrals: ReferralRepository,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
  ) {}

  /** The referral, for reading its casework. */
  async readable(manager: EntityManager, actor: Actor, referralId: string): Promise<ReferralRow> {
    if (actor.principal.role !== Role.DebtAdvisor) throw new RoleNotAllowedError();
    const referral = await this.referrals.findVisible(manager, actor.principal, referralId);
    if (!referral) throw new ReferralNotFoundError();
    return referral;
  }

  /** The referral, locked, for recording casework: it must be accepted or in contact. */
  async writable(manager: EntityManager, actor: Actor, referralId: string): Promise<ReferralRow> {
    if (actor.principal.role !== Role.DebtAdvisor) throw new RoleNotAllowedError();
    const referral = await this.referrals.findVisible(manager, actor.principal, referralId, true);
    if (!referral) throw new ReferralNotFoundError();
    if (!mayRecordCasework(referral.status)) throw new CaseworkReferralNotActiveError(referral.status);
    return referral;
  }

  /** The referring organisation's name, as the provider's warnings name their sender. */
  senderName(
    manager: EntityManager,
    organisation: { referringHousingOrganisationId: string | null; referringMunicipalityId: string | null },
  ): Promise<string> {
    return this.referrals.organisationName(manager, {
      housingOrganisationId: organisation.referringHousingOrganisationId,
      municipalityId: organisation.referringMunicipalityId,
    });
  }

  /** Acknowledges a casework warning (its escalation stops) with a line on the case's timeline. */
  async acknowledge(
    manager: EntityManager,
    userId: string,
    warningId: string,
    reason: string,
    today: IsoDate,
  ): Promise<void> {
    const acknowledged = await this.warnings.acknowledge(manager, warningId, userId, `casework:${reason}`);
    if (!acknowledged) return;
    await this.warnings.insertTimelineEvents(manager, [
      {
        caseId: acknowledged.caseId,
        on: today,
        type: 'warning_acknowledged',
        actorId: userId,
        reason: null,
        details: { warningId, rule: acknowledged.ruleCode, recipientType: acknowledged.recipientType },
      },
    ]);
  }
}
