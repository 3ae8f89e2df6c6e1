import { type INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { code?: string; id?: string; details?: Record<string, unknown>[] };
}

const N = 5;
const times = <T>(make: (i: number) => T): T[] => Array.from({ length: N }, (_, i) => make(i));

/**
 * The same thing created (or set) by several requests at the same moment, on every write a unique
 * constraint stands behind: one wins, the others get the documented answer (409 with its code, or
 * 200 for an upsert), never a 500; and an `Idempotency-Key` sent twice at once runs once.
 */
describe('concurrent duplicate writes', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let base: string;
  let admin: SignedInUser;
  let caseworker: SignedInUser;
  let municipalityId: string;
  let organisationId: string;
  let departmentId: string;

  const call = async (
    method: string,
    path: string,
    user: SignedInUser | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(user ? { Authorization: user.bearer } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json().catch(() => ({}))) as Answer['body'],
    };
  };
  const statuses = (answers: Answer[]) => answers.map((a) => [a.status, a.status >= 400 ? a.body.code : null]).sort();
  /** One created (201) and the others refused with `code`. */
  const oneCreated = (code: string) => [[201, null], ...times(() => [409, code]).slice(1)];

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.listen(0);
    base = (await api.getUrl()).replace('[::1]', 'localhost');
    admin = await signIn(api, Role.Administrator);
    municipalityId = (
      await call('POST', '/api/v1/municipalities', admin, { code: '461', name: 'Odense', alertEmail: 'v@odense.dk' })
    ).body.id!;
    organisationId = (await call('POST', '/api/v1/housing-organisations', admin, { name: 'Odense Bolig' })).body.id!;
    departmentId = (
      await call('POST', '/api/v1/departments', admin, {
        housingOrganisationId: organisationId,
        municipalityId,
        number: '1',
        name: 'Vollsmose',
        address: 'Odense Ø',
      })
    ).body.id!;
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisationId });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  describe('directory', () => {
    it('municipalities with one code: MUNICIPALITY_CODE_TAKEN', async () => {
      const answers = await Promise.all(
        times((i) =>
          call('POST', '/api/v1/municipalities', admin, { code: '101', name: `København ${i}`, alertEmail: 'v@kk.dk' }),
        ),
      );
      expect(statuses(answers)).toEqual(oneCreated('MUNICIPALITY_CODE_TAKEN'));
    });

    it('housing organisations with one CVR number: CVR_TAKEN, when created and when changed', async () => {
      const created = await Promise.all(
        times((i) => call('POST', '/api/v1/housing-organisations', admin, { name: `Bolig ${i}`, cvr: '11112222' })),
      );
      expect(statuses(created)).toEqual(oneCreated('CVR_TAKEN'));
      const others = await Promise.all(
        times((i) => call('POST', '/api/v1/housing-organisations', admin, { name: `Anden ${i}`, cvr: `3333444${i}` })),
      );
      const changed = await Promise.all(
        others.map((o) => call('PATCH', `/api/v1/housing-organisations/${o.body.id}`, admin, { cvr: '55556666' })),
      );
      expect(statuses(changed)).toEqual([[200, null], ...times(() => [409, 'CVR_TAKEN']).slice(1)]);
    });

    it('departments with one number in an organisation: DEPARTMENT_NUMBER_TAKEN, when created and when changed', async () => {
      const department = (number: string, i: number) => ({
        housingOrganisationId: organisationId,
        municipalityId,
        number,
        name: `Afdeling ${i}`,
        address: 'Odense',
      });
      const created = await Promise.all(times((i) => call('POST', '/api/v1/departments', admin, department('20', i))));
      expect(statuses(created)).toEqual(oneCreated('DEPARTMENT_NUMBER_TAKEN'));
      const others = await Promise.all(
        times((i) => call('POST', '/api/v1/departments', admin, department(`3${i}`, i))),
      );
      const changed = await Promise.all(
        others.map((d) => call('PATCH', `/api/v1/departments/${d.body.id}`, admin, { number: '40' })),
      );
      expect(statuses(changed)).toEqual([[200, null], ...times(() => [409, 'DEPARTMENT_NUMBER_TAKEN']).slice(1)]);
    });

    it('a department moved to an organisation that has its number: DEPARTMENT_NUMBER_TAKEN', async () => {
      const other = (await call('POST', '/api/v1/housing-organisations', admin, { name: 'Flyt Bolig' })).body.id!;
      const moving = await call('POST', '/api/v1/departments', admin, {
        housingOrganisationId: other,
        municipalityId,
        number: '1',
        name: 'Flyttes',
        address: 'Odense',
      });
      const moved = await call('PATCH', `/api/v1/departments/${moving.body.id}`, admin, {
        housingOrganisationId: organisationId,
      });
      expect([moved.status, moved.body.code]).toEqual([409, 'DEPARTMENT_NUMBER_TAKEN']);
    });
  });

  describe('users and sign-in', () => {
    it('users with one email: EMAIL_TAKEN', async () => {
      const answers = await Promise.all(
        times((i) =>
          call('POST', '/api/v1/users', admin, {
            email: 'samme@odense.dk',
            name: `Bruger ${i}`,
            role: 'housing_caseworker',
            password: 'a-long-enough-password',
            housingOrganisationId: organisationId,
          }),
        ),
      );
      expect(statuses(answers)).toEqual(oneCreated('EMAIL_TAKEN'));
    });

    it("a user's departments set by several requests at once are the set of one of them", async () => {
      const departments = await Promise.all(
        times((i) =>
          call('POST', '/api/v1/departments', admin, {
            housingOrganisationId: organisationId,
            municipalityId,
            number: `u${i}`,
            name: `U ${i}`,
            address: 'Odense',
          }),
        ),
      );
      const user = await call('POST', '/api/v1/users', admin, {
        email: 'afdelinger@odense.dk',
        name: 'Afgrænset',
        role: 'housing_caseworker',
        password: 'a-long-enough-password',
        housingOrganisationId: organisationId,
      });
      const sets = departments.map((d, i) => [d.body.id!, departments[(i + 1) % N]!.body.id!].sort());
      const answers = await Promise.all(
        sets.map((departmentIds) => call('PATCH', `/api/v1/users/${user.body.id}`, admin, { departmentIds })),
      );
      expect(answers.map((a) => a.status)).toEqual(times(() => 200));
      const rows = await database.query<{ id: string }>(
        `SELECT department_id AS id FROM user_department WHERE user_id = $1 ORDER BY department_id`,
        [user.body.id],
      );
      expect(sets).toContainEqual(rows.map((r) => r.id));
    });

    it('failed sign-ins at once are each counted', async () => {
      const answers = await Promise.all(
        times(() =>
          call('POST', '/api/v1/auth/login', null, { email: admin.user.email, password: 'not-the-password' }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(times(() => 401));
      const [row] = await database.query(`SELECT failures FROM login_throttle WHERE key = $1`, [
        `account:${admin.user.email}`,
      ]);
      expect(row).toEqual({ failures: N });
    });
  });

  describe('persons and tenancies', () => {
    it('persons with one CPR number: PERSON_EXISTS naming the one registered', async () => {
      const answers = await Promise.all(
        times((i) => call('POST', '/api/v1/persons', caseworker, { name: `Lejer ${i}`, cpr: '0707814321' })),
      );
      expect(statuses(answers)).toEqual(oneCreated('PERSON_EXISTS'));
      const winner = answers.find((a) => a.status === 201)!.body.id;
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.details)).toEqual(
        times(() => [expect.objectContaining({ existingId: winner })]).slice(1),
      );
    });

    it('tenancies with one unit in a department: TENANCY_EXISTS naming the one created', async () => {
      const answers = await Promise.all(
        times(() =>
          call('POST', '/api/v1/tenancies', caseworker, {
            departmentId,
            unit: '1-101',
            address: 'Vollsmose Allé 1',
            monthlyRentOre: 600_000,
          }),
        ),
      );
      expect(statuses(answers)).toEqual(oneCreated('TENANCY_EXISTS'));
      const winner = answers.find((a) => a.status === 201)!.body.id;
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.details)).toEqual(
        times(() => [expect.objectContaining({ existingId: winner })]).slice(1),
      );
    });

    it('one tenant linked by several requests at once is linked once', async () => {
      const person = await call('POST', '/api/v1/persons', caseworker, { name: 'Fælles Lejer' });
      const tenancy = await call('POST', '/api/v1/tenancies', caseworker, {
        departmentId,
        unit: '1-102',
        address: 'Vollsmose Allé 2',
        monthlyRentOre: 600_000,
      });
      const answers = await Promise.all(
        times(() =>
          call('POST', `/api/v1/tenancies/${tenancy.body.id}/tenants`, caseworker, { personId: person.body.id }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(times(() => 201));
      const links = await database.query(`SELECT 1 FROM tenancy_tenant WHERE tenancy_id = $1`, [tenancy.body.id]);
      expect(links).toHaveLength(1);
    });
  });

  describe('settings', () => {
    it('one cooperation agreement set by several requests at once: each is a version of the one agreement', async () => {
      const answers = await Promise.all(
        times((i) =>
          call('PUT', '/api/v1/cooperation-agreements', admin, {
            municipalityId,
            housingOrganisationId: organisationId,
            enabledWarnings: ['arrears-registered'],
            arrearsThresholdOre: 100_000 * (i + 1),
            evictionReminderBusinessDays: 10,
            validFrom: '2025-01-01',
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(times(() => 200));
      expect(answers.map((a) => a.body.version).sort()).toEqual(times((i) => i + 1));
      const rows = await database.query<{ version: number; threshold: number }>(
        `SELECT version, arrears_threshold_ore::int AS threshold FROM cooperation_agreement`,
      );
      const last = answers.find((a) => a.body.version === N)!;
      expect(rows).toEqual([{ version: N, threshold: last.body.arrearsThresholdOre }]);
    });

    it("one user's notification setting set by several requests at once", async () => {
      const answers = await Promise.all(
        times((i) =>
          call('PUT', '/api/v1/notification-settings/me', caseworker, { delivery: i % 2 ? 'digest' : 'immediate' }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(times(() => 200));
      const rows = await database.query(`SELECT 1 FROM notification_setting WHERE email = $1`, [caseworker.user.email]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('Idempotency-Key', () => {
    let caseId: string;
    let units = 200;

    const newTenancy = async () => {
      units += 1;
      return (
        await call('POST', '/api/v1/tenancies', caseworker, {
          departmentId,
          unit: `1-${units}`,
          address: `Vollsmose Allé ${units}`,
          monthlyRentOre: 600_000,
        })
      ).body.id!;
    };
    /** Every answer is the first request's (201), replayed, or "still in progress" (409, retry after a second). */
    const expectRanOnce = (answers: Answer[], status = 201) => {
      const ran = answers.filter((a) => a.status === status && a.headers.get('idempotent-replayed') !== 'true');
      expect(ran).toHaveLength(1);
      for (const answer of answers.filter((a) => a !== ran[0])) {
        if (answer.status === 409) {
          expect([answer.body.code, answer.headers.get('retry-after')]).toEqual(['IDEMPOTENCY_KEY_IN_PROGRESS', '1']);
        } else {
          expect([answer.status, answer.headers.get('idempotent-replayed')]).toEqual([status, 'true']);
          expect(answer.body).toEqual(ran[0]!.body);
        }
      }
    };

    beforeAll(async () => {
      const tenancyId = await newTenancy();
      await call('POST', `/api/v1/tenancies/${tenancyId}/arrears`, caseworker, {
        dueDate: '2025-09-01',
        amountOre: 600_000,
      });
      [{ id: caseId }] = await database.query<{ id: string }>(`SELECT id FROM arrears_case WHERE tenancy_id = $1`, [
        tenancyId,
      ]);
    });

    it('a payment sent several times at once with one key is booked once', async () => {
      const key = { 'Idempotency-Key': 'payment-at-once-0001' };
      const payment = { amountOre: 100_000, paidOn: '2025-09-10' };
      const answers = await Promise.all(
        times(() => call('POST', `/api/v1/cases/${caseId}/payments`, caseworker, payment, key)),
      );
      expectRanOnce(answers);
      const payments = await database.query(`SELECT 1 FROM ledger_entry WHERE case_id = $1 AND kind = 'payment'`, [
        caseId,
      ]);
      expect(payments).toHaveLength(1);
      // Once the first has answered, a retry gets its answer.
      const retry = await call('POST', `/api/v1/cases/${caseId}/payments`, caseworker, payment, key);
      expect([retry.status, retry.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    });

    it('a first registration of arrears sent several times at once with one key opens the case once and books once', async () => {
      const tenancyId = await newTenancy();
      const answers = await Promise.all(
        times(() =>
          call(
            'POST',
            `/api/v1/tenancies/${tenancyId}/arrears`,
            caseworker,
            { dueDate: '2025-10-01', amountOre: 500_000 },
            { 'Idempotency-Key': 'register-at-once-0001' },
          ),
        ),
      );
      expectRanOnce(answers);
      const lines = await database.query(
        `SELECT l.kind FROM ledger_entry l JOIN arrears_case c ON c.id = l.case_id WHERE c.tenancy_id = $1`,
        [tenancyId],
      );
      expect(lines).toEqual([{ kind: 'rent_charge' }]);
      const events = await database.query(
        `SELECT e.type FROM case_event e JOIN arrears_case c ON c.id = e.case_id
          WHERE c.tenancy_id = $1 AND e.type IN ('case_opened', 'arrears_registered')`,
        [tenancyId],
      );
      expect(events).toHaveLength(2);
    });

    it('one key sent at once with different bodies runs one of them; the others are IDEMPOTENCY_KEY_REUSED', async () => {
      const key = { 'Idempotency-Key': 'payment-different-0001' };
      const answers = await Promise.all(
        times((i) =>
          call(
            'POST',
            `/api/v1/cases/${caseId}/payments`,
            caseworker,
            { amountOre: 1_000 + i, paidOn: '2025-09-11' },
            key,
          ),
        ),
      );
      expect(statuses(answers)).toEqual([[201, null], ...times(() => [422, 'IDEMPOTENCY_KEY_REUSED']).slice(1)]);
      const payments = await database.query(
        `SELECT 1 FROM ledger_entry WHERE case_id = $1 AND kind = 'payment' AND amount_ore > -2000`,
        [caseId],
      );
      expect(payments).toHaveLength(1);
    });

    it('a key whose request is still running answers IDEMPOTENCY_KEY_IN_PROGRESS; one abandoned by a dead process is taken over', async () => {
      const payment = { amountOre: 2_000, paidOn: '2025-09-12' };
      const path = `/api/v1/cases/${caseId}/payments`;
      const hash = createHash('sha256')
        .update(`POST ${path}\n${JSON.stringify(payment)}`)
        .digest('hex');
      await database.query(
        `INSERT INTO idempotency_key (user_id, key, request_hash) VALUES ($1, 'running-0001', $2),
                ($1, 'abandoned-0001', $2)`,
        [caseworker.user.id, hash],
      );
      await database.query(
        `UPDATE idempotency_key SET created_at = now() - interval '1 hour' WHERE key = 'abandoned-0001'`,
      );
      const running = await call('POST', path, caseworker, payment, { 'Idempotency-Key': 'running-0001' });
      expect([running.status, running.body.code, running.headers.get('retry-after')]).toEqual([
        409,
        'IDEMPOTENCY_KEY_IN_PROGRESS',
        '1',
      ]);
      expect(running.body.message).toMatch(/stadig i gang/);
      const abandoned = await call('POST', path, caseworker, payment, { 'Idempotency-Key': 'abandoned-0001' });
      expect([abandoned.status, abandoned.headers.get('idempotent-replayed')]).toEqual([201, null]);
      const again = await call('POST', path, caseworker, payment, { 'Idempotency-Key': 'abandoned-0001' });
      expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    });

    it('a request that fails keeps nothing: the key runs again', async () => {
      const key = { 'Idempotency-Key': 'failing-0001' };
      const duplicate = { departmentId, unit: '1-101', address: 'Vollsmose Allé 1', monthlyRentOre: 600_000 };
      const first = await call('POST', '/api/v1/tenancies', caseworker, duplicate, key);
      const second = await call('POST', '/api/v1/tenancies', caseworker, duplicate, key);
      expect([first.status, first.body.code, second.status, second.body.code]).toEqual([
        409,
        'TENANCY_EXISTS',
        409,
        'TENANCY_EXISTS',
      ]);
      const kept = await database.query(`SELECT 1 FROM idempotency_key WHERE key = 'failing-0001'`);
      expect(kept).toEqual([]);
    });
  });
});
