import { type INestApplication } from '@nestjs/common';
import { copenhagenDateOf } from '@app/calendar';
import {
  ConsentPurpose,
  CounsellingDebtService,
  CounsellingSessionService,
  Role,
  type DebtView,
  type RentAssistanceView,
  type SessionView,
} from '@app/domain';
import { createTestDatabase, testConfig, TestWorld, type TestDatabase } from '@app/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/api.factory.js';
// Not exported by @app/domain: the services use them inside their own transactions.
import { RentAssistanceRepository } from '../../libs/domain/src/arrears/rent-assistance/rent-assistance.repository.js';
import {
  CounsellingDebtRepository,
  type DebtValues,
} from '../../libs/domain/src/counselling/casework/counselling-debt.repository.js';
import { CounsellingSessionRepository } from '../../libs/domain/src/counselling/casework/counselling-session.repository.js';

/**
 * The versioned writes answer whether they wrote: false for an unknown id or a stale version, true
 * when the row matched. Through TypeORM a bare UPDATE/DELETE … RETURNING answers [rows, count], so
 * a length check on it said true whatever matched.
 */
describe('versioned writes (PostgreSQL)', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let dataSource: DataSource;
  let debt: DebtView;
  let session: SessionView;
  let application: RentAssistanceView;
  let deciderId: string;
  const debts = new CounsellingDebtRepository();
  const sessions = new CounsellingSessionRepository();
  const applications = new RentAssistanceRepository();
  const today = copenhagenDateOf(new Date());

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    dataSource = api.get(DataSource);
    const world = new TestWorld(api);
    const provider = await world.counsellingProvider();
    const { departments, caseworker } = await world.organisation();
    const worldCase = await world.caseAt('registered', { department: departments[0]!, caseworker });
    await world.consent(worldCase.tenancy.tenants[0]!, ConsentPurpose.DebtCounselling, provider.id, { by: caseworker });
    const advisor = await world.user(Role.DebtAdvisor, { counsellingProviderId: provider.id });
    const referral = await world.acceptReferral(advisor, await world.referral(caseworker, worldCase, provider.id));
    debt = await api.get(CounsellingDebtService).create(advisor.actor, referral.id, {
      creditor: 'Kviklån A/S',
      kind: 'other',
      status: 'untouched',
      underEnforcement: false,
      amountOwedOre: 1_000_00,
      monthlyPaymentOre: 0,
    });
    ({ session } = await api.get(CounsellingSessionService).create(advisor.actor, referral.id, {
      date: today,
      channel: 'phone',
      minutes: 30,
      topics: ['budget'],
      nextAction: { text: 'Ring til kreditor', dueDate: today },
    }));
    application = await world.rentAssistance(caseworker, worldCase.caseId);
    deciderId = caseworker.user.id;
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const values: DebtValues = {
    creditor: 'Kviklån A/S',
    kind: 'other',
    status: 'untouched',
    underEnforcement: false,
    amountOwedOre: 900_00,
    monthlyPaymentOre: 0,
  };

  it('updates a debt only at its version and id', async () => {
    const m = dataSource.manager;
    expect(await debts.update(m, randomUUID(), debt.version, values)).toBe(false);
    expect(await debts.update(m, debt.id, debt.version + 1, values)).toBe(false);
    expect(await debts.update(m, debt.id, debt.version, values)).toBe(true);
    expect(await debts.update(m, debt.id, debt.version, values)).toBe(false);
  });

  it('deletes a debt only at its version and id', async () => {
    const m = dataSource.manager;
    const version = debt.version + 1;
    expect(await debts.delete(m, randomUUID(), version)).toBe(false);
    expect(await debts.delete(m, debt.id, version + 1)).toBe(false);
    expect(await debts.delete(m, debt.id, version)).toBe(true);
    expect(await debts.delete(m, debt.id, version)).toBe(false);
  });

  it('marks a next action done only at the session’s version and id', async () => {
    const m = dataSource.manager;
    expect(await sessions.setNextActionDone(m, randomUUID(), session.version, null)).toBe(false);
    expect(await sessions.setNextActionDone(m, session.id, session.version + 1, null)).toBe(false);
    expect(await sessions.setNextActionDone(m, session.id, session.version, null)).toBe(true);
    expect(await sessions.setNextActionDone(m, session.id, session.version, null)).toBe(false);
  });

  it('decides a rent-assistance application only at its version and id', async () => {
    const m = dataSource.manager;
    const decision = { decision: 'refused' as const, decidedOn: today, amountOre: null, decidedBy: deciderId };
    expect(await applications.decide(m, randomUUID(), application.version, decision)).toBe(false);
    expect(await applications.decide(m, application.id, application.version + 1, decision)).toBe(false);
    expect(await applications.decide(m, application.id, application.version, decision)).toBe(true);
    expect(await applications.decide(m, application.id, application.version, decision)).toBe(false);
  });
});
