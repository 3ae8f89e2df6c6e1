import { type INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  addDays,
  copenhagenDateOf,
  dateParts,
  earliestPaymentDemandDate,
  earliestTerminationDate,
  isoDateFromParts,
  type IsoDate,
} from '@app/calendar';
import {
  ArrearsCaseService,
  PaymentPlanService,
  ConsentService,
  CooperationAgreementService,
  CounsellingBudgetService,
  CounsellingDebtService,
  CounsellingSessionService,
  CounsellingProviderService,
  DepartmentService,
  HousingOrganisationService,
  MunicipalityService,
  PersonService,
  ProbationUnitService,
  ReferralService,
  RentAssistanceService,
  Role,
  TenancyService,
  UserService,
  HousingPlanService,
  ReleaseTaskService,
  type Actor,
  type DecideHousingPlan,
  type EpisodeReleaseTasks,
  type HousingPlanView,
  type CaseStage,
  type BudgetView,
  type CaseSummary,
  type DebtFields,
  type DebtView,
  type NewBudgetInput,
  type SessionCreated,
  type SessionInput,
  type Consent,
  type ConsentPurpose,
  type CooperationAgreementView,
  type Transition,
  type VoluntaryWarning,
  type CounsellingProvider,
  type CreatePerson,
  type CreateTenancy,
  type CreateUser,
  type Department,
  type HousingOrganisation,
  type Municipality,
  type PersonView,
  type ProbationUnit,
  type ReferralView,
  type RentAssistanceKind,
  type RentAssistanceView,
  type ServiceLevel,
  type TenancyView,
  type User,
} from '@app/domain';
import { TEST_PASSWORD } from './auth-helpers.js';

/** Anyone the world can act as: a user it made, or one signed in over HTTP (`signIn`). */
export interface Someone {
  user: User;
}

/** A user made by the world and the actor their service calls run as. */
export interface WorldUser {
  user: User;
  actor: Actor;
}

export interface WorldOrganisation {
  organisation: HousingOrganisation;
  municipality: Municipality;
  departments: Department[];
  /** A housing caseworker of the organisation, for every department. */
  caseworker: WorldUser;
}

export interface WorldTenancy {
  tenancy: TenancyView;
  tenants: PersonView[];
}

export interface WorldCase {
  caseId: string;
  tenancy: WorldTenancy;
  summary: CaseSummary;
  /** The dates of the steps taken to reach the stage. */
  dates: CaseDates;
}

export interface CaseDates {
  dueDate: IsoDate;
  paymentDemandSentOn: IsoDate;
  terminatedOn: IsoDate;
  evictionDate: IsoDate;
}

/** The stages `caseAt` can build: every open stage and the three ways a case ends. */
export type BuildableStage = CaseStage;

const today = (): IsoDate => copenhagenDateOf(new Date());
const unique = (): string => randomBytes(4).toString('hex');

/** The first of the month `months` before today: a due date every later step can follow. */
export function dueDateMonthsAgo(months: number): IsoDate {
  const { year, month } = dateParts(today());
  const index = year * 12 + (month - 1) - months;
  return isoDateFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function actorOf(user: User, requestId = 'test-world'): Actor {
  return {
    principal: {
      userId: user.id,
      role: user.role,
      housingOrganisationId: user.housingOrganisationId,
      departmentIds: (user.departments ?? []).map((department) => department.id),
      municipalityId: user.municipalityId,
      probationUnitId: user.probationUnitId,
      counsellingProviderId: user.counsellingProviderId,
    },
    requestId,
    sourceIp: null,
  };
}

/**
 * Factories for the world a test needs — directory entries, users, tenancies, cases at any stage,
 * consents — made through the real domain services, so every row passes the same rules and
 * repositories as in production. Defaults give a valid world; overrides change one thing.
 *
 *   const world = new TestWorld(app);
 *   const { departments, caseworker } = await world.organisation({ departments: 2 });
 *   const terminated = await world.caseAt('terminated', { department: departments[0]! });
 */
export class TestWorld {
  private administrator?: Promise<WorldUser>;
  private static codes = Math.floor(Math.random() * 500);

  constructor(private readonly app: INestApplicationContext) {}

  private get<T>(type: abstract new (...args: never[]) => T): T {
    return this.app.get(type as never) as T;
  }

  /** The administrator the world's directory writes run as. */
  admin(): Promise<WorldUser> {
    this.administrator ??= this.user(Role.Administrator);
    return this.administrator;
  }

  async municipality(
    overrides: Partial<{ code: string; name: string; alertEmail: string }> = {},
  ): Promise<Municipality> {
    TestWorld.codes = (TestWorld.codes % 899) + 1;
    const code = overrides.code ?? String(100 + TestWorld.codes);
    return this.get(MunicipalityService).register({
      code,
      name: overrides.name ?? `Kommune ${code}`,
      alertEmail: overrides.alertEmail ?? `varsler-${code}-${unique()}@kommune.test`,
    });
  }

  /**
   * A housing organisation with `departments` departments (default 1) in `municipality` (default:
   * a new one) and one housing caseworker for all of them.
   */
  async organisation(
    options: { name?: string; departments?: number; municipality?: Municipality; contactEmail?: string | null } = {},
  ): Promise<WorldOrganisation> {
    const municipality = options.municipality ?? (await this.municipality());
    const organisation = await this.housingOrganisation({ name: options.name, contactEmail: options.contactEmail });
    const departments: Department[] = [];
    for (let n = 1; n <= (options.departments ?? 1); n += 1) {
      departments.push(await this.department(organisation.id, municipality.id, String(n)));
    }
    const caseworker = await this.user(Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    return { organisation, municipality, departments, caseworker };
  }

  /** A housing organisation alone (see `organisation` for one with departments and a caseworker). */
  async housingOrganisation(
    overrides: { name?: string; contactEmail?: string | null } = {},
  ): Promise<HousingOrganisation> {
    return this.get(HousingOrganisationService).create({
      name: overrides.name ?? `Boligselskab ${unique()}`,
      cvr: null,
      contactEmail: overrides.contactEmail ?? null,
    });
  }

  /** A department of `housingOrganisationId` in `municipalityId`, numbered `number`. */
  async department(
    housingOrganisationId: string,
    municipalityId: string,
    number: string,
    overrides: { name?: string; address?: string } = {},
  ): Promise<Department> {
    return this.get(DepartmentService).create({
      housingOrganisationId,
      municipalityId,
      number,
      name: overrides.name ?? `Afdeling ${number}`,
      address: overrides.address ?? `Skolevej ${number}`,
    });
  }

  /** A cooperation agreement in force from 2025 that enables `enabledWarnings` (threshold 0, reminder 5 business days). */
  async agreement(input: {
    municipalityId: string;
    housingOrganisationId: string;
    enabledWarnings: VoluntaryWarning[];
    arrearsThresholdOre?: number;
    evictionReminderBusinessDays?: number;
    validFrom?: string;
  }): Promise<CooperationAgreementView> {
    return this.get(CooperationAgreementService).upsert((await this.admin()).actor, {
      arrearsThresholdOre: 0,
      evictionReminderBusinessDays: 5,
      validFrom: '2025-01-01',
      ...input,
    });
  }

  async counsellingProvider(overrides: { name?: string; contactEmail?: string } = {}): Promise<CounsellingProvider> {
    return this.get(CounsellingProviderService).create({
      name: overrides.name ?? `Gældsrådgivning ${unique()}`,
      contactEmail: overrides.contactEmail ?? `raad-${unique()}@raadgivning.test`,
    } as never);
  }

  async probationUnit(overrides: { name?: string; contactEmail?: string } = {}): Promise<ProbationUnit> {
    return this.get(ProbationUnitService).create({
      name: overrides.name ?? `Kriminalforsorgen ${unique()}`,
      contactEmail: overrides.contactEmail ?? `kif-${unique()}@kriminalforsorgen.test`,
    } as never);
  }

  /** A user with the role and scope given, password `TEST_PASSWORD`. */
  async user(role: Role, scope: Partial<CreateUser> = {}): Promise<WorldUser> {
    const user = await this.get(UserService).create(null, {
      email: `${role.replace(/_/g, '-')}-${unique()}@test.dk`,
      name: `Test ${role}`,
      role,
      password: TEST_PASSWORD,
      ...scope,
    });
    return { user, actor: actorOf(user) };
  }

  /** A tenancy in the department with its tenants (default: one adult, no children). */
  async tenancy(
    department: Pick<Department, 'id'> & Partial<Pick<Department, 'housingOrganisationId' | 'number'>>,
    options: {
      caseworker?: WorldUser;
      tenancy?: Partial<CreateTenancy>;
      tenants?: Partial<CreatePerson>[];
    } = {},
  ): Promise<WorldTenancy> {
    const actor = (options.caseworker ?? (await this.admin())).actor;
    const address = options.tenancy?.address ?? `Skolevej ${department.number ?? 1}, ${unique()}`;
    const tenancies = this.get(TenancyService);
    const persons = this.get(PersonService);
    // A caseworker's own organisation is used when the department's is not given.
    const organisation = department.housingOrganisationId
      ? { housingOrganisationId: department.housingOrganisationId }
      : {};
    const tenancy = await tenancies.create(actor, {
      departmentId: department.id,
      unit: options.tenancy?.unit ?? unique(),
      address,
      postcode: '2600',
      city: 'Glostrup',
      monthlyRentOre: 650_000,
      ...options.tenancy,
    });
    const tenants: PersonView[] = [];
    for (const tenant of options.tenants ?? [{}]) {
      const person = await persons.create(actor, {
        name: `Lejer ${unique()}`,
        address,
        childrenUnder18: 0,
        ...organisation,
        ...tenant,
      } as CreatePerson);
      await tenancies.addTenant(actor, tenancy.id, person.id);
      tenants.push(person);
    }
    return { tenancy: await tenancies.get(actor, tenancy.id), tenants };
  }

  /** A tenancy in `departmentId` with one tenant, made by `who` (a caseworker of the organisation). */
  async tenancyIn(
    who: Someone,
    departmentId: string,
    tenant: { name: string; address: string; childrenUnder18?: number },
  ): Promise<{ tenancyId: string; personId: string }> {
    const { tenancy, tenants } = await this.tenancy(
      { id: departmentId },
      {
        caseworker: { user: who.user, actor: actorOf(who.user) },
        tenancy: { unit: tenant.address.slice(0, 20), address: tenant.address },
        tenants: [{ name: tenant.name, address: tenant.address, childrenUnder18: tenant.childrenUnder18 ?? 0 }],
      },
    );
    return { tenancyId: tenancy.id, personId: tenants[0]!.id };
  }

  /** Rent of `amountOre` (default one month, 6,500 kr.) unpaid since `dueDate`, registered by `who`; the case's id. */
  async registerArrears(who: Someone, tenancyId: string, dueDate: string, amountOre = 650_000): Promise<string> {
    const { caseId } = await this.get(ArrearsCaseService).registerArrears(actorOf(who.user), tenancyId, {
      dueDate: dueDate as IsoDate,
      amountOre,
    });
    return caseId;
  }

  /** One legal step on the case at its current version, by `who`; a refusal fails the test with its code. */
  async step(
    who: Someone,
    caseId: string,
    transition: { type: Transition['type'] } & Record<string, unknown>,
  ): Promise<CaseSummary> {
    const cases = this.get(ArrearsCaseService);
    const actor = actorOf(who.user);
    const { version } = await cases.summaryOf(actor, caseId);
    return cases.transition(actor, caseId, version, transition as Transition);
  }

  /**
   * A case at `stage`, reached through the real legal steps with dates the calendar allows: rent
   * due on `dueDate` (default: the first of the month four months ago), the påkrav on the earliest
   * day, termination on the earliest day, the § 92 notice and the filing on that day too.
   */
  async caseAt(
    stage: BuildableStage,
    where: { department: Department; caseworker?: WorldUser; tenancy?: WorldTenancy },
    options: { dueDate?: IsoDate; amountOre?: number; feeOre?: number } = {},
  ): Promise<WorldCase> {
    const actor = (where.caseworker ?? (await this.admin())).actor;
    const cases = this.get(ArrearsCaseService);
    const tenancy = where.tenancy ?? (await this.tenancy(where.department, { caseworker: where.caseworker }));
    const dueDate = options.dueDate ?? dueDateMonthsAgo(4);
    const paymentDemandSentOn = earliestPaymentDemandDate(dueDate);
    const terminatedOn = earliestTerminationDate(paymentDemandSentOn);
    const evictionDate = addDays(today(), 21);
    const dates: CaseDates = { dueDate, paymentDemandSentOn, terminatedOn, evictionDate };

    const { caseId } = await cases.registerArrears(actor, tenancy.tenancy.id, {
      dueDate,
      amountOre: options.amountOre ?? 650_000,
    });
    let summary = await cases.summaryOf(actor, caseId);
    const step = async (transition: Parameters<ArrearsCaseService['transition']>[3]) => {
      summary = await cases.transition(actor, caseId, summary.version, transition);
    };
    const path = STEPS_TO[stage];
    for (const next of path) {
      switch (next) {
        case 'payment_demand_sent':
          await step({
            type: 'send_payment_demand',
            sentOn: paymentDemandSentOn,
            receivedOn: paymentDemandSentOn,
            deliveryMethod: 'hand_delivered',
            feeOre: options.feeOre ?? 0,
          });
          break;
        case 'deadline_passed':
          await step({ type: 'mark_deadline_passed', on: terminatedOn });
          break;
        case 'terminated':
          await step({ type: 'terminate', on: terminatedOn });
          break;
        case 'eviction_requested':
          summary = await cases.notifyMunicipality(actor, caseId, terminatedOn);
          await step({ type: 'request_eviction', on: terminatedOn });
          break;
        case 'eviction_scheduled':
          await step({ type: 'schedule_eviction', decidedOn: terminatedOn, evictionDate });
          break;
        case 'evicted':
          // An eviction carried out is recorded on the day, which must not be in the future.
          await step({ type: 'schedule_eviction', decidedOn: terminatedOn, evictionDate: today() });
          await step({ type: 'record_eviction', on: today() });
          break;
        case 'averted':
          await step({ type: 'avert', on: today(), reason: 'Betalt' });
          break;
        case 'closed':
          // Closed while still owing: the landlord withdrew the case.
          await step({ type: 'close', on: today(), outcome: 'withdrawn' });
          break;
        case 'payment_plan_agreed':
          // Two monthly instalments from today, clearing the balance as it stands.
          summary = await this.paymentPlan(actor, caseId, summary.version, summary.summary.balanceOre).then(() =>
            cases.summaryOf(actor, caseId),
          );
          break;
        case 'registered':
          break;
      }
    }
    return { caseId, tenancy, summary, dates };
  }

  /**
   * A payment plan agreed today on the case's balance: `instalments` monthly instalments from
   * `firstDueOn` (default today), the last one the rest.
   */
  async paymentPlan(
    actor: Actor,
    caseId: string,
    version: number,
    amountOre: number,
    options: { instalments?: number; firstDueOn?: IsoDate } = {},
  ) {
    const count = options.instalments ?? 2;
    return this.get(PaymentPlanService).agree(actor, caseId, {
      version,
      amountOre,
      instalmentOre: Math.ceil(amountOre / count),
      instalmentCount: count,
      firstDueOn: options.firstDueOn ?? today(),
      agreedOn: today(),
    });
  }

  /** A consent by the first tenant (or `person`) for `purpose`, naming `recipientId`, in force from yesterday. */
  async consent(
    person: PersonView,
    purpose: ConsentPurpose,
    recipientId: string,
    options: { by?: WorldUser; givenAt?: Date; expiresAt?: Date | null } = {},
  ): Promise<Consent> {
    const actor = (options.by ?? (await this.admin())).actor;
    return this.get(ConsentService).record(actor, person.id, {
      purpose,
      recipientId,
      givenAt: options.givenAt ?? new Date(Date.now() - 24 * 3600_000),
      expiresAt: options.expiresAt ?? null,
    });
  }

  /**
   * A referral of the case's first tenant (or `person`) to debt counselling at `providerId`, by
   * `by` (a housing caseworker or municipal social worker with the case in scope). The tenant must
   * have a debt-counselling consent naming the provider in force (`consent`).
   */
  referral(
    by: WorldUser,
    worldCase: Pick<WorldCase, 'caseId' | 'tenancy'>,
    providerId: string,
    options: { person?: PersonView; serviceLevel?: ServiceLevel } = {},
  ): Promise<ReferralView> {
    return this.get(ReferralService).create(by.actor, {
      caseId: worldCase.caseId,
      personId: (options.person ?? worldCase.tenancy.tenants[0]!).id,
      counsellingProviderId: providerId,
      serviceLevel: options.serviceLevel ?? 'light_casework',
    });
  }

  /**
   * A rent assistance application on the case by `by` (a housing caseworker, a municipal social
   * worker or a debt advisor with the case in scope), applied today unless `appliedOn` says
   * otherwise; with `decision`, decided the same day by `decidedBy` (default `by`), a grant of
   * `amountOre` (default 650,000 øre).
   */
  async rentAssistance(
    by: WorldUser,
    caseId: string,
    options: {
      kind?: RentAssistanceKind;
      appliedOn?: IsoDate;
      decision?: 'granted' | 'refused';
      decidedBy?: WorldUser;
      amountOre?: number;
    } = {},
  ): Promise<RentAssistanceView> {
    const service = this.get(RentAssistanceService);
    const application = await service.record(by.actor, caseId, {
      kind: options.kind ?? 'section_81a',
      appliedOn: options.appliedOn ?? today(),
    });
    if (!options.decision) return application;
    return service.decide((options.decidedBy ?? by).actor, caseId, application.id, {
      version: application.version,
      decision: options.decision,
      decidedOn: options.appliedOn ?? today(),
      amountOre: options.decision === 'granted' ? (options.amountOre ?? 650_000) : null,
    });
  }

  /** The referral taken on by one of the provider's debt advisors (sent → accepted). */
  acceptReferral(advisor: WorldUser, referral: Pick<ReferralView, 'id' | 'version'>): Promise<ReferralView> {
    return this.get(ReferralService).step(advisor.actor, referral.id, referral.version, { type: 'accept' });
  }

  /**
   * A session on the referral by one of the provider's debt advisors: today, by phone, 45 minutes,
   * on the budget, with no next action and no note, unless overridden. On an accepted referral it is
   * the first contact.
   */
  session(advisor: WorldUser, referralId: string, overrides: Partial<SessionInput> = {}): Promise<SessionCreated> {
    return this.get(CounsellingSessionService).create(advisor.actor, referralId, {
      date: today(),
      channel: 'phone',
      minutes: 45,
      topics: ['budget'],
      ...overrides,
    });
  }

  /** A debt typed in on the referral: 10,000 kr of consumer credit, untouched, unless overridden. */
  debt(advisor: WorldUser, referralId: string, overrides: Partial<DebtFields> = {}): Promise<DebtView> {
    return this.get(CounsellingDebtService).create(advisor.actor, referralId, {
      creditor: `Kreditor ${unique()}`,
      kind: 'consumer_credit',
      status: 'untouched',
      underEnforcement: false,
      amountOwedOre: 1_000_000,
      monthlyPaymentOre: 0,
      ...overrides,
    });
  }

  /**
   * A budget of the referral's household dated today: one adult, no children, 15,000 kr of
   * benefits, a rent of 6,500 kr (approved) and 2,500 kr for food, unless overridden.
   */
  budget(advisor: WorldUser, referralId: string, overrides: Partial<NewBudgetInput> = {}): Promise<BudgetView> {
    return this.get(CounsellingBudgetService).create(advisor.actor, referralId, {
      budgetOn: today(),
      household: { adults: 1, childBirthDates: [] },
      lines: {
        income: [{ group: 'benefits', amountOre: 1_500_000 }],
        fixed: [{ group: 'rent', amountOre: 650_000, approved: true }],
        flexible: [{ group: 'food', amountOre: 250_000 }],
      },
      ...overrides,
    });
  }

  /**
   * A housing-plan decision on a custody episode by `by` (the unit's probation officer, or the landlord's caseworker
   * or municipal social worker the consent names): keeping the home on own means, decided today, unless `plan` says.
   */
  housingPlan(by: WorldUser, episodeId: string, plan: Partial<DecideHousingPlan> = {}): Promise<HousingPlanView> {
    return this.get(HousingPlanService).decide(by.actor, episodeId, {
      option: 'keep_own_means',
      decidedOn: today(),
      ...plan,
    });
  }

  /** The release-planning tasks of a custody episode, as `by` (the unit's officer or the named municipality) sees them. */
  releaseTasks(by: WorldUser, episodeId: string): Promise<EpisodeReleaseTasks> {
    return this.get(ReleaseTaskService).forEpisode(by.actor, episodeId);
  }
}

/** The legal steps from a new case to each stage, in order. */
const STEPS_TO: Record<BuildableStage, readonly BuildableStage[]> = {
  registered: [],
  payment_demand_sent: ['payment_demand_sent'],
  deadline_passed: ['payment_demand_sent', 'deadline_passed'],
  terminated: ['payment_demand_sent', 'deadline_passed', 'terminated'],
  eviction_requested: ['payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested'],
  eviction_scheduled: [
    'payment_demand_sent',
    'deadline_passed',
    'terminated',
    'eviction_requested',
    'eviction_scheduled',
  ],
  evicted: ['payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested', 'evicted'],
  averted: ['payment_demand_sent', 'deadline_passed', 'terminated', 'eviction_requested', 'averted'],
  closed: ['closed'],
  payment_plan_agreed: ['payment_plan_agreed'],
};
