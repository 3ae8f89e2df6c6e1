import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { type Actor, Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { episodeFactsOf, housingPlanSettings, partyOf } from './custody-planning-facts.js';
import { CustodyEpisodeClosedError, CustodyEpisodeNotFoundError } from './custody-episode.errors.js';
import { CustodyEpisodeRepository, type CustodyEpisodeRow } from './custody-episode.repository.js';
import { HousingPlanInvalidError, HousingPlanOptionNotAllowedError } from './custody-planning.errors.js';
import { CustodyPlanningRepository, type HousingPlanRow } from './custody-planning.repository.js';
import { mayDecideHousingPlan, type HousingPlanParty } from './rules/housing-plan-deciders.js';
import {
  checkHousingPlan,
  type BelongingsArrangement,
  type HousingPlan,
  type HousingPlanOption,
} from './rules/housing-plan-rules.js';

/**
 * A housing-plan decision as its reader may see it. The probation officer sees every decision and every field
 * (`full`). The landlord's caseworkers and the municipality named by the consent see only the plan in force
 * (`recipient`): the option and its dates, which party decided — not who, and not the municipality's own
 * examination of whether subletting is possible (`subletPossible` null), an assessment of the tenant's situation
 * that is the municipality's case, not the cooperation's.
 */
export interface HousingPlanView {
  id: string;
  episodeId: string;
  view: 'full' | 'recipient';
  /** The latest decision: the plan in force. */
  inForce: boolean;
  option: HousingPlanOption;
  decidedOn: IsoDate;
  decidedByParty: HousingPlanParty;
  decidedBy: { id: string; name: string } | null;
  subletPossible: boolean | null;
  subletFromOn: IsoDate | null;
  subletToOn: IsoDate | null;
  landlordConsentOn: IsoDate | null;
  /** The day the probation unit is reminded that the sublet ends (30 days before, on a business day). */
  subletReminderOn: IsoDate | null;
  noticeOn: IsoDate | null;
  leaseEndsOn: IsoDate | null;
  belongings: BelongingsArrangement | null;
  createdAt: Date;
}

/** A proposed decision: the option and its fields (those of other options are ignored). */
export interface DecideHousingPlan {
  option: HousingPlanOption;
  decidedOn: IsoDate;
  subletPossible?: boolean | null;
  subletFromOn?: IsoDate | null;
  subletToOn?: IsoDate | null;
  landlordConsentOn?: IsoDate | null;
  noticeOn?: IsoDate | null;
  leaseEndsOn?: IsoDate | null;
  belongings?: BelongingsArrangement | null;
}

/** The parties of the cooperation: the episode's unit, and the landlord and the municipality its consent names. */
const PARTIES: readonly Role[] = [Role.ProbationOfficer, Role.HousingCaseworker, Role.MunicipalSocialWorker];

/**
 * The housing plan for a tenant's absence in custody (issue 15, item 3; docs/probation-release-planning.md): every
 * decision is a new row (history kept; the latest is the plan in force), validated by `checkHousingPlan` — every
 * violation refused with nothing written —, recorded by the party whose decision it is. Reads go through the
 * episode's scope (a withdrawn consent: 404 for everyone) and are audited.
 */
@Injectable()
export class HousingPlanService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CustodyEpisodeRepository) private readonly episodes: CustodyEpisodeRepository,
    @Inject(CustodyPlanningRepository) private readonly planning: CustodyPlanningRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async decide(
    actor: Actor,
    episodeId: string,
    input: DecideHousingPlan,
    now: Date = new Date(),
  ): Promise<HousingPlanView> {
    const party = partyOf(actor.principal);
    if (!party) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const episode = await this.mustFindEpisode(manager, actor, episodeId, true);
      if (episode.closedReason !== null) throw new CustodyEpisodeClosedError();
      if (!mayDecideHousingPlan(party, input.option)) throw new HousingPlanOptionNotAllowedError();
      const plan = planOf(input);
      const { violations, dates } = checkHousingPlan(
        episodeFactsOf(episode),
        plan,
        copenhagenDateOf(now),
        housingPlanSettings(this.config),
      );
      if (violations.length > 0) throw new HousingPlanInvalidError(violations);
      const id = randomUUID();
      await this.planning.insertHousingPlan(manager, {
        id,
        episodeId,
        option: plan.option,
        decidedOn: plan.decidedOn,
        decidedBy: actor.principal.userId,
        decidedByParty: party,
        subletPossible: plan.option === 'municipality_pays' ? plan.subletPossible : null,
        subletFromOn: plan.option === 'sublet' ? plan.fromOn : null,
        subletToOn: plan.option === 'sublet' ? plan.toOn : null,
        landlordConsentOn: plan.option === 'sublet' ? plan.landlordConsentOn : null,
        subletReminderOn: plan.option === 'sublet' ? (dates.subletReminderOn ?? null) : null,
        noticeOn: plan.option === 'give_up' ? plan.noticeOn : null,
        leaseEndsOn: plan.option === 'give_up' ? plan.leaseEndsOn : null,
        belongings: plan.option === 'give_up' ? plan.belongings : null,
      });
      await this.audit.record(manager, actor, [
        {
          action: 'custody_housing_plan.create',
          entityType: 'custody_housing_plan',
          entityId: id,
          personId: episode.personId,
          details: { episodeId, option: plan.option, party },
        },
      ]);
      const [row] = await this.planning.housingPlans(manager, episodeId, true);
      return viewOf(actor, row!, true);
    });
  }

  /**
   * The episode's decisions, the plan in force first: every one for the probation officer, the plan in force
   * alone for the landlord and the municipality. Each returned is audited as read.
   */
  async history(actor: Actor, episodeId: string): Promise<HousingPlanView[]> {
    if (!PARTIES.includes(actor.principal.role)) throw new RoleNotAllowedError();
    return this.dataSource.transaction(async (manager) => {
      const episode = await this.mustFindEpisode(manager, actor, episodeId, false);
      const full = actor.principal.role === Role.ProbationOfficer;
      const rows = await this.planning.housingPlans(manager, episodeId, !full);
      await this.audit.record(
        manager,
        actor,
        rows.map((row) => ({
          action: 'custody_housing_plan.read',
          entityType: 'custody_housing_plan',
          entityId: row.id,
          personId: episode.personId,
          details: { episodeId },
        })),
      );
      return rows.map((row, index) => viewOf(actor, row, index === 0));
    });
  }

  private async mustFindEpisode(
    manager: EntityManager,
    actor: Actor,
    id: string,
    lock: boolean,
  ): Promise<CustodyEpisodeRow> {
    const row = await this.episodes.findVisible(manager, actor.principal, id, lock);
    if (!row) throw new CustodyEpisodeNotFoundError();
    return row;
  }
}

function planOf(input: DecideHousingPlan): HousingPlan {
  const decidedOn = input.decidedOn;
  switch (input.option) {
    case 'keep_own_means':
      return { option: 'keep_own_means', decidedOn };
    case 'municipality_pays':
      return { option: 'municipality_pays', decidedOn, subletPossible: input.subletPossible ?? null };
    case 'sublet':
      return {
        option: 'sublet',
        decidedOn,
        fromOn: input.subletFromOn ?? null,
        toOn: input.subletToOn ?? null,
        landlordConsentOn: input.landlordConsentOn ?? null,
      };
    case 'give_up':
      return {
        option: 'give_up',
        decidedOn,
        noticeOn: input.noticeOn ?? null,
        leaseEndsOn: input.leaseEndsOn ?? null,
        belongings: input.belongings ?? null,
      };
  }
}

function viewOf(actor: Actor, row: HousingPlanRow, inForce: boolean): HousingPlanView {
  const full = actor.principal.role === Role.ProbationOfficer;
  return {
    id: row.id,
    episodeId: row.episodeId,
    view: full ? 'full' : 'recipient',
    inForce,
    option: row.option,
    decidedOn: row.decidedOn,
    decidedByParty: row.decidedByParty,
    decidedBy: full ? { id: row.decidedBy, name: row.decidedByName } : null,
    subletPossible: full ? row.subletPossible : null,
    subletFromOn: row.subletFromOn,
    subletToOn: row.subletToOn,
    landlordConsentOn: row.landlordConsentOn,
    subletReminderOn: row.subletReminderOn,
    noticeOn: row.noticeOn,
    leaseEndsOn: row.leaseEndsOn,
    belongings: row.belongings,
    createdAt: row.createdAt,
  };
}
