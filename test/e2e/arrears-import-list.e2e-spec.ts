import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { Role } from '@app/domain';
import { createTestDatabase, signIn, testConfig, TestWorld, type SignedInUser, type TestDatabase } from '@app/testing';

const CSV =
  'Afdeling;Lejemål;Adresse;Postnr;By;Navn;CPR;Husleje;Restance;Forfaldsdato;Børn\r\n' +
  '1;1-001;Parkvej 1;8000;Aarhus C;Anna Andersen;;6.500,00;6.500,00;01-10-2026;\r\n';

/**
 * GET /api/v1/arrears-imports, the list the web application's import page shows: the caller's
 * organisation's imports only, newest first, a page at a time. No worker runs: the imports stay
 * `received`, which is all a list needs.
 */
describe('the list of arrears imports', () => {
  let database: TestDatabase;
  let api: INestApplication;
  let mine: SignedInUser;
  let theirs: SignedInUser;
  let admin: SignedInUser;
  let organisationId: string;
  const uploaded: { mine: string[]; theirs: string[] } = { mine: [], theirs: [] };

  const upload = async (user: SignedInUser, query = '') =>
    (
      await request(api.getHttpServer())
        .post(`/api/v1/arrears-imports${query}`)
        .set('Authorization', user.bearer)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .send(Buffer.from(CSV, 'utf8'))
        .expect(202)
    ).body.id as string;

  const list = async (user: SignedInUser, query = '') =>
    (
      await request(api.getHttpServer())
        .get(`/api/v1/arrears-imports${query}`)
        .set('Authorization', user.bearer)
        .expect(200)
    ).body as { items: { id: string; housingOrganisationId: string }[]; nextCursor: string | null };

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createApi(testConfig({ database, queue: 'postgres', env: { LOG_LEVEL: 'silent' } }));
    await api.init();
    const world = new TestWorld(api);
    const a = await world.organisation();
    const b = await world.organisation();
    organisationId = a.organisation.id;
    mine = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: a.organisation.id });
    theirs = await signIn(api, Role.HousingCaseworker, { housingOrganisationId: b.organisation.id });
    admin = await signIn(api, Role.Administrator);
    for (let n = 0; n < 3; n += 1) uploaded.mine.push(await upload(mine));
    uploaded.theirs.push(await upload(theirs));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it("lists the caller's organisation's imports, newest first, and never another organisation's", async () => {
    const page = await list(mine);
    expect(page.items.map((item) => item.id)).toEqual([...uploaded.mine].reverse());
    expect(page.nextCursor).toBeNull();
    const other = await list(theirs);
    expect(other.items.map((item) => item.id)).toEqual(uploaded.theirs);
  });

  it("ignores a caseworker's request for another organisation's imports: the scope stays their own", async () => {
    const page = await list(theirs, `?housingOrganisationId=${organisationId}`);
    expect(page.items).toEqual([]);
  });

  it('pages without gaps or repeats', async () => {
    const first = await list(mine, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(mine, `?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([...uploaded.mine].reverse());
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a forged cursor', async () => {
    const response = await request(api.getHttpServer())
      .get('/api/v1/arrears-imports?cursor=bm9wZQ')
      .set('Authorization', mine.bearer)
      .expect(400);
    expect(response.body.code).toBe('INVALID_CURSOR');
  });

  it("shows an administrator every organisation's imports, or one organisation's when named", async () => {
    const all = await list(admin, '?limit=200');
    expect(all.items.map((item) => item.id)).toEqual(expect.arrayContaining([...uploaded.mine, ...uploaded.theirs]));
    const one = await list(admin, `?housingOrganisationId=${organisationId}`);
    expect(one.items.map((item) => item.id)).toEqual([...uploaded.mine].reverse());
  });
});
