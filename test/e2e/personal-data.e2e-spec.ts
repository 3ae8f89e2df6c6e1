import { type INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.factory.js';
import { RetentionService, Role, type Role as RoleType } from '@app/domain';
import { createTestDatabase, httpAs, signIn, testConfig, type SignedInUser, type TestDatabase } from '@app/testing';

/** Person records as each role sees them: masking, consent, audit, erasure and retention. */
describe('personal data', () => {
  let database: TestDatabase;
  let api: INestApplication;
  const users = {} as Record<RoleType, SignedInUser>;
  let municipality: { id: string };
  let otherMunicipality: { id: string };
  let provider: { id: string };
  let unit: { id: string };
  let organisation: { id: string };
  const as = (role: RoleType) => httpAs(api, users[role]);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres', env: { RETENTION_DAYS: '30' } }));
    await api.init();
    users.administrator = await signIn(api, Role.Administrator);
    const admin = as(Role.Administrator);
    municipality = (
      await admin.post('/api/v1/municipalities', { code: '461', name: 'Odense', alertEmail: 'v@odense.dk' })
    ).body;
    otherMunicipality = (
      await admin.post('/api/v1/municipalities', { code: '751', name: 'Aarhus', alertEmail: 'v@aarhus.dk' })
    ).body;
    organisation = (await admin.post('/api/v1/housing-organisations', { name: 'Fyns Almennyttige' })).body;
    provider = (await admin.post('/api/v1/counselling-providers', { name: 'Gældsrådgivning', contactEmail: 'g@r.dk' }))
      .body;
    unit = (await admin.post('/api/v1/probation-units', { name: 'Kriminalforsorgen Fyn', contactEmail: 'k@f.dk' }))
      .body;
    users.housing_caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
    users.municipal_social_worker = await signIn(api, Role.MunicipalSocialWorker, { municipalityId: municipality.id });
    users.debt_advisor = await signIn(api, Role.DebtAdvisor, { counsellingProviderId: provider.id });
    users.probation_officer = await signIn(api, Role.ProbationOfficer, { probationUnitId: unit.id });
    users.manager = await signIn(api, Role.Manager, { housingOrganisationId: organisation.id });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function createPerson(body: object = {}): Promise<{ id: string; version: number; cpr: string | null }> {
    const response = await as(Role.HousingCaseworker)
      .post('/api/v1/persons', {
        name: 'Karen Hansen',
        cpr: '150785-4328',
        address: 'Engvej 3, st. th.',
        postcode: '5000',
        city: 'Odense C',
        municipalityId: municipality.id,
        childrenUnder18: 2,
        ...body,
      })
      .expect(201);
    return response.body;
  }

  async function consent(personId: string, purpose: string, recipientId: string, extra: object = {}) {
    return as(Role.HousingCaseworker)
      .post(`/api/v1/persons/${personId}/consents`, {
        purpose,
        recipientId,
        givenAt: new Date(Date.now() - 60_000).toISOString(),
        ...extra,
      })
      .expect(201);
  }

  it('stores the CPR number only encrypted, with its key id and a blind index', async () => {
    const person = await createPerson({ cpr: '1507854328' });
    expect(person.cpr).toBe('1507854328');
    const [row] = await database.query<{ cpr_ciphertext: Buffer; cpr_key_id: string; cpr_index: string }>(
      `SELECT cpr_ciphertext, cpr_key_id, cpr_index FROM person WHERE id = $1`,
      [person.id],
    );
    expect(row!.cpr_key_id).toBe('t2');
    expect(row!.cpr_ciphertext.toString('latin1')).not.toContain('150785');
    expect(row!.cpr_index).toMatch(/^[0-9a-f]{64}$/);
    const duplicate = await as(Role.HousingCaseworker).post('/api/v1/persons', { name: 'Again', cpr: '150785-4328' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('PERSON_EXISTS');
  });

  it('shows the full CPR number to the caseworker, masked to everyone else', async () => {
    const person = await createPerson({ cpr: '2403906543' });
    await consent(person.id, 'municipality-case-details', municipality.id);
    await consent(person.id, 'debt-counselling', provider.id);
    await consent(person.id, 'probation-cooperation', unit.id);
    const seen: Record<string, string | null> = {};
    for (const role of [
      Role.HousingCaseworker,
      Role.MunicipalSocialWorker,
      Role.DebtAdvisor,
      Role.ProbationOfficer,
      Role.Administrator,
    ]) {
      seen[role] = (await as(role).get(`/api/v1/persons/${person.id}`).expect(200)).body.cpr;
    }
    expect(seen).toEqual({
      housing_caseworker: '2403906543',
      municipal_social_worker: '240390-xxxx',
      debt_advisor: '240390-xxxx',
      probation_officer: '240390-xxxx',
      administrator: '240390-xxxx',
    });
    expect((await as(Role.Manager).get(`/api/v1/persons/${person.id}`)).status).toBe(403);
  });

  it('leaves exactly one audit row per read, with the right actor, and the access report shows them', async () => {
    const person = await createPerson({ cpr: '0311884444' });
    await consent(person.id, 'municipality-case-details', municipality.id);
    await consent(person.id, 'debt-counselling', provider.id);
    await consent(person.id, 'probation-cooperation', unit.id);
    const readers = [
      Role.HousingCaseworker,
      Role.MunicipalSocialWorker,
      Role.DebtAdvisor,
      Role.ProbationOfficer,
      Role.Administrator,
    ];
    for (const role of readers) {
      const before = await database.query(`SELECT 1 FROM audit_log WHERE person_id = $1 AND action = 'person.read'`, [
        person.id,
      ]);
      await as(role).get(`/api/v1/persons/${person.id}`).set('X-Request-Id', `read-as-${role}`).expect(200);
      const rows = await database.query<{ actor_id: string; actor_role: string; request_id: string }>(
        `SELECT actor_id, actor_role, request_id FROM audit_log WHERE person_id = $1 AND action = 'person.read' ORDER BY id`,
        [person.id],
      );
      expect(rows).toHaveLength(before.length + 1);
      expect(rows.at(-1)).toEqual({ actor_id: users[role].user.id, actor_role: role, request_id: `read-as-${role}` });
    }
    const report = await as(Role.Administrator).get(`/api/v1/audit/persons/${person.id}/access`).expect(200);
    const reads = (
      report.body as { action: string; actorId: string; actorRole: string; actorOrganisation: string | null }[]
    ).filter((r) => r.action === 'person.read');
    expect(reads.map((r) => r.actorId)).toEqual(readers.map((role) => users[role].user.id));
    expect(reads.find((r) => r.actorRole === 'municipal_social_worker')?.actorOrganisation).toBe('Odense');
    // The audit log cannot be rewritten.
    await expect(
      database.query(`UPDATE audit_log SET actor_id = NULL WHERE person_id = $1`, [person.id]),
    ).rejects.toThrow(/append-only/);
    await expect(database.query(`DELETE FROM audit_log WHERE person_id = $1`, [person.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('opens a person to others only through consent in force, for the recipient it names', async () => {
    const person = await createPerson({ cpr: '1212912345' });
    const look = (role: RoleType) => as(role).get(`/api/v1/persons/${person.id}`);
    expect((await look(Role.MunicipalSocialWorker)).status).toBe(404);
    expect((await look(Role.DebtAdvisor)).status).toBe(404);

    const given = await consent(person.id, 'debt-counselling', provider.id);
    expect((await look(Role.DebtAdvisor)).status).toBe(200);
    // A consent to the municipality names the municipality, not the provider.
    const wrong = await as(Role.HousingCaseworker).post(`/api/v1/persons/${person.id}/consents`, {
      purpose: 'municipality-case-details',
      recipientId: provider.id,
      givenAt: new Date().toISOString(),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('CONSENT_RECIPIENT_MISMATCH');

    await as(Role.HousingCaseworker)
      .post(`/api/v1/persons/${person.id}/consents/${given.body.id}/withdrawal`)
      .expect(200);
    expect((await look(Role.DebtAdvisor)).status).toBe(404);

    await consent(person.id, 'municipality-case-details', municipality.id, {
      givenAt: new Date(Date.now() - 7200_000).toISOString(),
      expiresAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    expect((await look(Role.MunicipalSocialWorker)).status).toBe(404);

    // A resident of another municipality stays out of this social worker's view even with consent.
    const elsewhere = await createPerson({ cpr: '0101010101', municipalityId: otherMunicipality.id });
    await consent(elsewhere.id, 'municipality-case-details', otherMunicipality.id);
    expect((await as(Role.MunicipalSocialWorker).get(`/api/v1/persons/${elsewhere.id}`)).status).toBe(404);
  });

  it('shows each reader only the consents that name their own organisation', async () => {
    const person = await createPerson({ cpr: '0202924321' });
    const toMunicipality = (await consent(person.id, 'municipality-case-details', municipality.id)).body.id;
    const toProvider = (await consent(person.id, 'debt-counselling', provider.id)).body.id;
    const toUnit = (await consent(person.id, 'probation-cooperation', unit.id)).body.id;
    const seen = async (role: RoleType) =>
      ((await as(role).get(`/api/v1/persons/${person.id}/consents`).expect(200)).body as { id: string }[])
        .map((c) => c.id)
        .sort();
    expect(await seen(Role.HousingCaseworker)).toEqual([toMunicipality, toProvider, toUnit].sort());
    expect(await seen(Role.Administrator)).toEqual([toMunicipality, toProvider, toUnit].sort());
    expect(await seen(Role.MunicipalSocialWorker)).toEqual([toMunicipality]);
    expect(await seen(Role.DebtAdvisor)).toEqual([toProvider]);
    expect(await seen(Role.ProbationOfficer)).toEqual([toUnit]);
  });

  it('finds a person by CPR through the blind index, in the body, never the URL', async () => {
    const person = await createPerson({ cpr: '311270-1113' });
    const found = await as(Role.HousingCaseworker).post('/api/v1/persons/search', { cpr: '3112701113' }).expect(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([person.id]);
    const [audit] = await database.query<{ details: { via: string; criteria: string[] } }>(
      `SELECT details FROM audit_log WHERE person_id = $1 AND action = 'person.read'`,
      [person.id],
    );
    expect(audit!.details).toEqual({ via: 'search', criteria: ['cpr'] });
  });

  it('refuses a stale version with 409 and leaves the record as it was', async () => {
    const person = await createPerson({ cpr: '0505055005' });
    await as(Role.HousingCaseworker)
      .patch(`/api/v1/persons/${person.id}`, { version: person.version, phone: '11223344' })
      .expect(200);
    const stale = await as(Role.HousingCaseworker).patch(`/api/v1/persons/${person.id}`, {
      version: person.version,
      phone: '99999999',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const [row] = await database.query<{ phone: string; version: number }>(
      `SELECT phone, version FROM person WHERE id = $1`,
      [person.id],
    );
    expect(row).toEqual({ phone: '11223344', version: person.version + 1 });
  });

  it('erases a person on request, but not while a case is open', async () => {
    const person = await createPerson({ cpr: '0909099009', email: 'karen@example.dk' });
    await database.query(`UPDATE person SET inactive_since = NULL WHERE id = $1`, [person.id]);
    const refused = await as(Role.Administrator).post(`/api/v1/persons/${person.id}/erasure`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PERSON_HAS_OPEN_CASE');

    await database.query(`UPDATE person SET inactive_since = now() WHERE id = $1`, [person.id]);
    const erased = await as(Role.Administrator).post(`/api/v1/persons/${person.id}/erasure`).expect(200);
    expect(erased.body).toMatchObject({
      name: 'Anonymiseret',
      cpr: null,
      email: null,
      address: null,
      childrenUnder18: 2,
    });
    const [row] = await database.query(
      `SELECT cpr_ciphertext, cpr_index, email, municipality_id, anonymised_at FROM person WHERE id = $1`,
      [person.id],
    );
    expect(row).toMatchObject({ cpr_ciphertext: null, cpr_index: null, email: null, municipality_id: municipality.id });
    const changed = await as(Role.HousingCaseworker).patch(`/api/v1/persons/${person.id}`, {
      version: erased.body.version,
      name: 'X',
    });
    expect(changed.body.code).toBe('PERSON_ANONYMISED');
  });

  it('anonymises, in the scheduled sweep, only people inactive past the retention period', async () => {
    const old = await createPerson({ cpr: '0808088008' });
    const recent = await createPerson({ cpr: '0707077007' });
    const open = await createPerson({ cpr: '0606066006' });
    await database.query(`UPDATE person SET inactive_since = now() - interval '31 days' WHERE id = $1`, [old.id]);
    await database.query(`UPDATE person SET inactive_since = now() - interval '29 days' WHERE id = $1`, [recent.id]);
    await database.query(`UPDATE person SET inactive_since = NULL WHERE id = $1`, [open.id]);
    expect(await api.get(RetentionService).sweep()).toBeGreaterThanOrEqual(1);
    const rows = await database.query<{ id: string; anonymised: boolean }>(
      `SELECT id, anonymised_at IS NOT NULL AS anonymised FROM person WHERE id = ANY($1::uuid[])`,
      [[old.id, recent.id, open.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.anonymised]))).toEqual({
      [old.id]: true,
      [recent.id]: false,
      [open.id]: false,
    });
    const [audit] = await database.query(
      `SELECT actor_id, details FROM audit_log WHERE person_id = $1 AND action = 'person.anonymise'`,
      [old.id],
    );
    expect(audit).toEqual({ actor_id: null, details: { reason: 'retention' } });
  });

  describe('bad input', () => {
    it.each([
      ['an invalid CPR format', { name: 'X', cpr: '12345' }, 'CPR_INVALID'],
      ['an impossible CPR date', { name: 'X', cpr: '3102901234' }, 'CPR_INVALID'],
      ['an oversize name', { name: 'x'.repeat(201) }, 'VALIDATION_FAILED'],
      [
        'a municipality that does not exist',
        { name: 'X', municipalityId: '00000000-0000-4000-8000-000000000000' },
        'UNKNOWN_REFERENCE',
      ],
      ['too many children', { name: 'X', childrenUnder18: 31 }, 'VALIDATION_FAILED'],
    ])('refuses %s with a stable code and writes nothing', async (_what, body, code) => {
      const before = await database.query(`SELECT count(*)::int AS n FROM person`);
      const response = await as(Role.HousingCaseworker).post('/api/v1/persons', body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
      expect(JSON.stringify(response.body)).not.toContain('3102901234');
      expect(await database.query(`SELECT count(*)::int AS n FROM person`)).toEqual(before);
    });

    it.each([
      ['an unknown role', { role: 'superuser' }, 'VALIDATION_FAILED'],
      [
        'a scope id of the wrong kind',
        { role: 'municipal_social_worker', housingOrganisationId: 'ORG' },
        'SCOPE_MISMATCH',
      ],
      [
        'a scope id that does not exist',
        { role: 'municipal_social_worker', municipalityId: '00000000-0000-4000-8000-000000000000' },
        'UNKNOWN_REFERENCE',
      ],
      ['an administrator with an organisation', { role: 'administrator', municipalityId: 'MUN' }, 'SCOPE_MISMATCH'],
      ['a weak password', { role: 'administrator', password: 'short' }, 'PASSWORD_TOO_WEAK'],
      ['an oversize email', { role: 'administrator', email: `${'x'.repeat(250)}@k.dk` }, 'VALIDATION_FAILED'],
    ])('refuses a user with %s', async (_what, overrides, code) => {
      const body: Record<string, unknown> = {
        email: `new-${Math.random().toString(36).slice(2)}@test.dk`,
        name: 'Ny Bruger',
        password: 'long-enough-password',
        ...overrides,
      };
      for (const [key, value] of Object.entries(body)) {
        if (value === 'ORG') body[key] = organisation.id;
        if (value === 'MUN') body[key] = municipality.id;
      }
      const before = await database.query(`SELECT count(*)::int AS n FROM app_user`);
      const response = await as(Role.Administrator).post('/api/v1/users', body);
      expect([response.status, response.body.code]).toEqual([400, code]);
      expect(await database.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
    });

    it('answers a malformed id with 400 INVALID_ID, not a database error', async () => {
      const response = await as(Role.Administrator).get('/api/v1/persons/not-a-uuid');
      expect([response.status, response.body.code]).toEqual([400, 'INVALID_ID']);
    });
  });
});
