import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createApi } from '../../apps/api/src/api.factory.js';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { createTestDatabase, TEST_PASSWORD, testConfig, TestWorld, type TestDatabase } from '@app/testing';

const today = (): IsoDate => copenhagenDateOf(new Date());

/**
 * A payment plan over HTTP (issue 14, item 5): agreed on a terminated case, the legal steps paused,
 * refused terms changing nothing, broken back to a new påkrav, and a second plan completed.
 */
describe('a payment plan on an arrears case', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let bearer: string;
  let caseId: string;
  const http = () => request(api.getHttpServer());
  const get = (path: string) => http().get(path).set('Authorization', bearer);
  const post = (path: string, body: object, key?: string) => {
    const req = http().post(path).set('Authorization', bearer);
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const current = async () => (await get(`/api/v1/cases/${caseId}`).expect(200)).body;
  const plan = (version: number, extra: object = {}) => ({
    version,
    amountOre: 650_000,
    instalmentOre: 325_000,
    instalmentCount: 2,
    firstDueOn: today(),
    agreedOn: today(),
    ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    const world = new TestWorld(api);
    const { departments, caseworker } = await world.organisation();
    caseId = (await world.caseAt('terminated', { department: departments[0]!, caseworker })).caseId;
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ email: caseworker.user.email, password: TEST_PASSWORD })
      .expect(200);
    bearer = `Bearer ${login.body.accessToken}`;
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('refuses a plan whose instalments do not clear the amount, and changes nothing', async () => {
    const before = await current();
    expect([before.stage, before.balanceOre]).toEqual(['terminated', 650_000]);
    const refused = await post(
      `/api/v1/cases/${caseId}/payment-plan`,
      plan(before.version, { instalmentOre: 100_000, instalmentCount: 6 }),
      randomUUID(),
    ).expect(400);
    expect(refused.body.code).toBe('PAYMENT_PLAN_DOES_NOT_CLEAR');
    expect(refused.body.details[0]).toMatchObject({ field: 'instalmentCount', clearsOre: 600_000, needed: 7 });
    const tooMany = await post(`/api/v1/cases/${caseId}/payment-plan`, plan(before.version, { instalmentCount: 3 }));
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS']);
    const early = await post(
      `/api/v1/cases/${caseId}/payment-plan`,
      plan(before.version, { firstDueOn: '2026-01-01' }),
    );
    expect([early.status, early.body.code]).toEqual([400, 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT']);
    const late = await post(`/api/v1/cases/${caseId}/payment-plan`, plan(before.version, { firstDueOn: '9999-12-01' }));
    expect([late.status, late.body.code]).toEqual([400, 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE']);
    const otherAmount = await post(
      `/api/v1/cases/${caseId}/payment-plan`,
      plan(before.version, { amountOre: 600_000 }),
    );
    expect([otherAmount.status, otherAmount.body.code]).toEqual([409, 'PAYMENT_PLAN_AMOUNT_NOT_BALANCE']);
    const after = await current();
    expect([after.stage, after.version, after.terminatedOn]).toEqual([
      'terminated',
      before.version,
      before.terminatedOn,
    ]);
    expect((await get(`/api/v1/cases/${caseId}/payment-plan`).expect(404)).body.code).toBe('PAYMENT_PLAN_NOT_FOUND');
  });

  it('agrees a plan: the case is payment_plan_agreed and the legal steps pause', async () => {
    const { version } = await current();
    const key = randomUUID();
    const agreed = await post(`/api/v1/cases/${caseId}/payment-plan`, plan(version), key).expect(201);
    expect(agreed.body).toMatchObject({
      status: 'active',
      amountOre: 650_000,
      instalmentCount: 2,
      frequency: 'monthly',
      graceDays: 5,
      currentRentAlsoDue: true,
      caseStage: 'payment_plan_agreed',
      balanceOre: 650_000,
      expectedBalanceOre: 650_000,
    });
    expect(agreed.body.instalments.map((i: { amountOre: number }) => i.amountOre)).toEqual([325_000, 325_000]);
    // The same submission again is the same plan, not a second one.
    const replay = await post(`/api/v1/cases/${caseId}/payment-plan`, plan(version), key).expect(201);
    expect(replay.body.id).toBe(agreed.body.id);

    const c = await current();
    expect([c.stage, c.upcomingDeadlines, c.version]).toEqual(['payment_plan_agreed', [], agreed.body.caseVersion]);
    for (const step of [
      { type: 'request_eviction', on: today() },
      { type: 'terminate', on: today() },
      { type: 'close', on: today(), outcome: 'withdrawn' },
    ]) {
      const refused = await post(`/api/v1/cases/${caseId}/transitions`, { version: c.version, ...step }).expect(409);
      expect(refused.body.code).toBe('PAYMENT_PLAN_ACTIVE');
    }
    const second = await post(`/api/v1/cases/${caseId}/payment-plan`, plan(c.version));
    expect([second.status, second.body.code]).toEqual([409, 'PAYMENT_PLAN_ACTIVE']);
    const read = await get(`/api/v1/cases/${caseId}/payment-plan`).expect(200);
    expect([read.body.id, read.body.instalments.length]).toEqual([agreed.body.id, 2]);
    // The plan is the tenants' financial history: the read is audited against each tenant.
    const audited = await database.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log
        WHERE action = 'person.read' AND entity_id = $1 AND details->>'via' = 'case-payment-plan'`,
      [caseId],
    );
    expect(Number(audited[0]!.n)).toBeGreaterThan(0);
  });

  it('refuses completing a plan while the tenant still owes', async () => {
    const { version } = await current();
    const refused = await post(`/api/v1/cases/${caseId}/payment-plan/complete`, { version, on: today() }).expect(409);
    expect(refused.body.code).toBe('ARREARS_NOT_PAID');
  });

  it('breaks the plan: the legal steps resume only with a new påkrav', async () => {
    const { version } = await current();
    const broken = await post(
      `/api/v1/cases/${caseId}/payment-plan/break`,
      { version, on: today() },
      randomUUID(),
    ).expect(200);
    expect([broken.body.status, broken.body.brokenOn, broken.body.caseStage]).toEqual([
      'broken',
      today(),
      'registered',
    ]);
    const c = await current();
    expect([c.stage, c.paymentDemand, c.terminatedOn, c.municipalityNoticeOn]).toEqual([
      'registered',
      null,
      null,
      null,
    ]);
    // The termination built on the earlier påkrav is not a step from here …
    const refused = await post(`/api/v1/cases/${caseId}/transitions`, {
      version: c.version,
      type: 'request_eviction',
      on: today(),
    }).expect(409);
    expect(refused.body.code).toBe('CASE_STAGE_INVALID');
    const again = await post(`/api/v1/cases/${caseId}/payment-plan/break`, { version: c.version, on: today() });
    expect([again.status, again.body.code]).toEqual([409, 'PAYMENT_PLAN_NOT_ACTIVE']);
    // … a new påkrav for what is owed now is.
    const demand = await post(`/api/v1/cases/${caseId}/transitions`, {
      version: c.version,
      type: 'send_payment_demand',
      sentOn: today(),
      receivedOn: today(),
      deliveryMethod: 'hand_delivered',
      feeOre: 0,
    }).expect(200);
    expect(demand.body.stage).toBe('payment_demand_sent');
  });

  it('completes a second plan paid in full and closes the case as paid', async () => {
    const { version } = await current();
    await post(`/api/v1/cases/${caseId}/payment-plan`, plan(version), randomUUID()).expect(201);
    for (const amountOre of [325_000, 325_000]) {
      await post(`/api/v1/cases/${caseId}/payments`, { amountOre, paidOn: today() }, randomUUID()).expect(201);
    }
    const c = await current();
    expect([c.stage, c.balanceOre]).toEqual(['payment_plan_agreed', 0]);
    const completed = await post(
      `/api/v1/cases/${caseId}/payment-plan/complete`,
      { version: c.version, on: today() },
      randomUUID(),
    ).expect(200);
    expect([completed.body.status, completed.body.completedOn, completed.body.caseStage]).toEqual([
      'completed',
      today(),
      'closed',
    ]);
    const closed = await current();
    expect([closed.stage, closed.outcome, closed.closedAt === null]).toEqual(['closed', 'paid', false]);

    const timeline = await get(`/api/v1/cases/${caseId}/timeline?limit=100`).set('Accept-Language', 'en').expect(200);
    const plans = timeline.body.items.filter((line: { type: string }) => line.type.startsWith('payment_plan_'));
    expect(plans.map((line: { type: string }) => line.type)).toEqual([
      'payment_plan_agreed',
      'payment_plan_broken',
      'payment_plan_agreed',
      'payment_plan_completed',
    ]);
    expect(plans[1].summary).toContain('The legal steps can resume with a new payment demand.');
    expect(plans[3].summary).toContain('The case is closed as paid.');
  });
});
