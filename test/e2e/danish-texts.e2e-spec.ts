import { type INestApplication } from '@nestjs/common';
import { Role } from '@app/domain';
import {
  createTestDatabase,
  httpAs,
  signIn,
  testConfig,
  TestWorld,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';
import { createApi } from '../../apps/api/src/api.factory.js';

/** An internal identifier in a sentence: snake_case words or camelCase field names. */
const IDENTIFIER = /\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][A-Za-z]*Id\b/;

/**
 * What a Danish caseworker reads: every error in Danish unless English is asked for, field by
 * field, without the system's internal names, in one shape for every code (issue 12, items 8–9).
 */
describe('texts in the reader’s language, one error shape', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let admin: SignedInUser;
  let caseworker: SignedInUser;
  let world: TestWorld;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres' }));
    await api.init();
    world = new TestWorld(api);
    admin = await signIn(api, Role.Administrator);
    const { organisation } = await world.organisation();
    caseworker = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: organisation.id });
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('gives field problems in Danish by default and in English when asked, with the rule’s values', async () => {
    const body = { name: 'x'.repeat(201), childrenUnder18: 'two' };
    const danish = await httpAs(api, caseworker).post('/api/v1/persons', body).expect(400);
    const english = await httpAs(api, caseworker)
      .post('/api/v1/persons', body)
      .set('Accept-Language', 'en')
      .expect(400);
    const byField = (response: { body: { details: { field: string; message: string }[] } }) =>
      Object.fromEntries(response.body.details.map((d) => [d.field, d.message]));
    expect(byField(danish)).toMatchObject({ name: 'Skal være mellem 1 og 200 tegn.' });
    expect(byField(danish).childrenUnder18).toMatch(/^Skal /);
    expect(byField(english)).toMatchObject({ name: 'Must be between 1 and 200 characters.' });
    expect(danish.body.message).toBe('Oplysningerne er ikke gyldige. Ret de felter, der er nævnt, og prøv igen.');
  });

  it('names roles and organisations in words, never by their internal names', async () => {
    const refused = await httpAs(api, admin)
      .post('/api/v1/users', {
        email: 'ny@test.dk',
        name: 'Ny',
        password: 'long-enough-password',
        role: 'municipal_social_worker',
      })
      .expect(400);
    expect(refused.body.code).toBe('SCOPE_MISMATCH');
    expect(refused.body.message).toBe(
      'En socialrådgiver i en kommune skal knyttes til præcis én af disse: en kommune.',
    );
    for (const text of [refused.body.message, ...refused.body.details.map((d: { message: string }) => d.message)]) {
      expect(text).not.toMatch(IDENTIFIER);
    }
    const unknown = await httpAs(api, caseworker)
      .post('/api/v1/tenancies', {
        departmentId: '00000000-0000-4000-8000-000000000000',
        unit: '1',
        address: 'Vej 1',
        monthlyRentOre: 100,
      })
      .expect(400);
    expect([unknown.body.code, unknown.body.message]).toEqual([
      'UNKNOWN_REFERENCE',
      'Anmodningen henviser til noget, der ikke findes.',
    ]);
    expect(unknown.body.details).toEqual([{ field: 'departmentId', rule: 'exists', message: 'Findes ikke.' }]);
  });

  it('answers every error with details as a list of {field, rule, message}', async () => {
    const answers = [
      await httpAs(api, caseworker).get('/api/v1/persons/00000000-0000-4000-8000-000000000000'),
      await httpAs(api, caseworker).post('/api/v1/persons', { name: 'X', cpr: '12345' }),
      await httpAs(api, admin).post('/api/v1/municipalities', { code: '101', name: 'A', alertEmail: 'a@a.dk' }),
      await httpAs(api, admin).post('/api/v1/municipalities', { code: '101', name: 'B', alertEmail: 'b@b.dk' }),
      await httpAs(api, { bearer: 'Bearer nonsense' }).get('/api/v1/cases'),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 400, 201, 409, 401]);
    for (const { body } of answers.filter((a) => a.status >= 400)) {
      expect(Array.isArray(body.details)).toBe(true);
      for (const detail of body.details) {
        expect(detail).toEqual(
          expect.objectContaining({
            field: detail.field ?? null,
            rule: expect.any(String),
            message: expect.any(String),
          }),
        );
      }
    }
    expect(answers[3]!.body.details).toEqual([
      { field: 'code', rule: 'unique', message: 'Der findes allerede en kommune med kommunekode 101.', value: '101' },
    ]);
  });

  it('says so when the version sent is ahead of the record, instead of “changed by someone else”', async () => {
    const person = (await httpAs(api, caseworker).post('/api/v1/persons', { name: 'Else' }).expect(201)).body;
    const ahead = await httpAs(api, caseworker)
      .patch(`/api/v1/persons/${person.id}`, { version: person.version + 5, name: 'Else H' })
      .expect(409);
    expect(ahead.body.code).toBe('STALE_VERSION');
    expect(ahead.body.message).toMatch(/^Versionen \d+ findes ikke endnu: den nyeste er \d+\./);
    expect(ahead.body.details).toEqual([expect.objectContaining({ field: 'version', currentVersion: person.version })]);
    const behind = await httpAs(api, caseworker)
      .patch(`/api/v1/persons/${person.id}`, { version: person.version, name: 'Else H' })
      .expect(200);
    const stale = await httpAs(api, caseworker)
      .patch(`/api/v1/persons/${person.id}`, { version: person.version, name: 'Else J' })
      .expect(409);
    expect(behind.body.version).toBeGreaterThan(person.version);
    expect(stale.body.message).toMatch(/ændret af en anden/);
  });
});
