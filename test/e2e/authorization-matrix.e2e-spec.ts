import { type INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { createApi } from '../../apps/api/src/api.factory.js';
import { ACCESS_RULE } from '../../apps/api/src/auth/access.decorators.js';
import { Readable } from 'node:stream';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import {
  ALL_ROLES,
  ArrearsCaseService,
  ArrearsImportService,
  PaymentPlanService,
  ConsentPurpose,
  ConsentService,
  CooperationAgreementService,
  CounsellingDebtService,
  CounsellingSessionService,
  CustodyEpisodeService,
  ReferralService,
  RentAssistanceService,
  CounsellingProviderService,
  DepartmentService,
  HousingOrganisationService,
  MunicipalityService,
  PersonService,
  ProbationUnitService,
  Role,
  TenancyService,
  UserService,
  type Actor,
  type VoluntaryWarning,
} from '@app/domain';
import {
  createTestDatabase,
  signIn,
  TEST_PASSWORD,
  testConfig,
  type SignedInUser,
  type TestDatabase,
} from '@app/testing';

/**
 * Every endpoint × every role × in-scope and out-of-scope data. The routes come from the
 * application itself: a route with no declared rule, or with no row in EXPECTED below, fails.
 * Allowed roles get 2xx on their own data and 404 (never the data) on anyone else's; other
 * roles get 403; no token gets 401.
 */

type Target = 'in' | 'out';
interface Call {
  path: string;
  body?: object | string;
  contentType?: string;
  headers?: Record<string, string>;
}
interface RouteSpec {
  allowed: readonly Role[] | 'public';
  /** Whether data outside the caller's scope exists for this route (persons, consents). */
  scoped?: boolean;
  /** Each call signs in a new user of the role (the route ends the session it is called with). */
  freshSession?: boolean;
  success: number;
  build: (world: World, target: Target, caller: SignedInUser) => Promise<Call> | Call;
  /** For lists: what must (in) or must never (out) be in the body. */
  check?: (body: { items: { id: string }[] }, world: World, target: Target, text?: string) => void;
}

interface Side {
  municipality: { id: string; code: string };
  organisation: { id: string };
  department: { id: string };
  probationUnit: { id: string };
  provider: { id: string };
  person: { id: string };
  consent: { id: string };
  tenancy: { id: string };
  case: { id: string };
  import: { id: string };
}
interface World {
  a: Side;
  b: Side;
  users: Record<Role, SignedInUser>;
  fresh: Fresh;
  /** An inbox item of a user who is none of the callers: out of everyone's scope. */
  foreignInboxItem: string;
}
interface Fresh {
  person(side: 'a' | 'b'): Promise<string>;
  consent(side: 'a' | 'b'): Promise<string>;
  organisation(): Promise<string>;
  contact(kind: 'probation' | 'provider'): Promise<string>;
  department(): Promise<string>;
  municipalityCode(): Promise<string>;
  user(): Promise<string>;
  case(side: 'a' | 'b'): Promise<{ id: string; version: number }>;
  /** A fresh case with a payment plan running; `paid`: its arrears paid since, so the plan can be completed. */
  planCase(side: 'a' | 'b', paid?: boolean): Promise<{ id: string; version: number }>;
  /** A new warning of side A's case with an inbox item for the user. */
  inboxItem(userId: string): Promise<string>;
  /** An email of a warning of the side's case that every attempt failed to deliver. */
  undeliveredNotification(side: 'a' | 'b'): Promise<string>;
  /**
   * A referral of the side's tenant to the side's provider, made by the side's social worker when
   * the caller is one (else by its caseworker), taken to `status` by the side's advisor.
   */
  referral(
    side: 'a' | 'b',
    caller: SignedInUser,
    status?: 'sent' | 'accepted' | 'in_contact',
  ): Promise<{ id: string; version: number }>;
  /** A pending rent assistance application on the side's case, recorded by its caseworker. */
  rentAssistance(side: 'a' | 'b'): Promise<{ id: string; version: number }>;
  /** A referral (by the side's caseworker) of the side's tenant on a fresh case of theirs with a payment plan. */
  referralWithPlan(side: 'a' | 'b'): Promise<string>;
  /**
   * A fresh person of the side with probation-cooperation consents naming the side's probation
   * unit, organisation and municipality; with `episode`, an open custody episode recorded by the
   * side's probation officer.
   */
  custodyPerson(side: 'a' | 'b'): Promise<string>;
  custodyEpisode(side: 'a' | 'b'): Promise<{ id: string; version: number }>;
  /** A fresh custody episode (as `custodyEpisode`) and its task of help to set up a home (the municipality's). */
  releaseTask(side: 'a' | 'b'): Promise<{ episodeId: string; taskId: string }>;
  /** A referral in contact (as `referral`) with a session that has a next action, and a debt. */
  casework(
    side: 'a' | 'b',
    caller: SignedInUser,
  ): Promise<{ referralId: string; sessionId: string; sessionVersion: number; debtId: string; debtVersion: number }>;
}

const ALL = ALL_ROLES;
const ADMIN = [Role.Administrator];
const READERS = [
  Role.HousingCaseworker,
  Role.MunicipalSocialWorker,
  Role.DebtAdvisor,
  Role.ProbationOfficer,
  Role.Administrator,
];
const RECORD_KEEPERS = [Role.HousingCaseworker, Role.Administrator];
const CASEWORK = RECORD_KEEPERS;
const REFERRERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker];
const REFERRAL_READERS = [...REFERRERS, Role.DebtAdvisor];
const ADVISORS = [Role.DebtAdvisor];
/** Rent assistance: the caseworker and the social worker by the case scope, the advisor through an open referral. */
const RENT_ASSISTANCE = [Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.DebtAdvisor];
const RENT_ASSISTANCE_DECIDERS = [Role.HousingCaseworker, Role.MunicipalSocialWorker];
/** The side's case, with an open referral to the side's provider when the caller is an advisor. */
const rentAssistanceCase = async (w: World, t: Target, caller: SignedInUser) => {
  if (caller.user.role === Role.DebtAdvisor) await w.fresh.referral(t === 'in' ? 'a' : 'b', caller);
  return side(w, t).case.id;
};
/** Custody episodes: recorded by the probation officer or the landlord, read as the consent names the reader. */
const CUSTODY_RECORDERS = [Role.ProbationOfficer, Role.HousingCaseworker];
const CUSTODY_READERS = [Role.ProbationOfficer, Role.HousingCaseworker, Role.MunicipalSocialWorker];
const PROBATION_OFFICERS = [Role.ProbationOfficer];
const CUSTODY_NOTICE_SETTING = [Role.Administrator, Role.ProbationOfficer];
const STATISTICS_READERS = [Role.Manager, Role.Administrator];
/** The episode the last `build` of the episode list made, for its `check`. */
let lastEpisode = '';
let lastReleaseTask = '';
const RELEASE_TASK_PARTIES = [Role.ProbationOfficer, Role.MunicipalSocialWorker];
/** The referral the last `build` of the referral list made, for its `check`. */
let lastReferral = '';
const referralStep = (
  step: 'accept' | 'decline' | 'first-contact' | 'close',
  from: 'sent' | 'accepted' | 'in_contact',
  body: object,
): RouteSpec => ({
  allowed: ADVISORS,
  scoped: true,
  success: 200,
  build: async (w, t, caller) => {
    const referral = await w.fresh.referral(t === 'in' ? 'a' : 'b', caller, from);
    return { path: `/api/v1/referrals/${referral.id}/${step}`, body: { version: referral.version, ...body } };
  },
});
/** A casework list or create route on a fresh referral in contact (the side's, or the other side's). */
const caseworkRoute = (area: 'sessions' | 'debts' | 'budgets', success: number, body?: object): RouteSpec => ({
  allowed: ADVISORS,
  scoped: true,
  success,
  build: async (w, t, caller) => {
    const referral = await w.fresh.referral(t === 'in' ? 'a' : 'b', caller, 'in_contact');
    return { path: `/api/v1/referrals/${referral.id}/${area}`, ...(body ? { body } : {}) };
  },
});
/** A route on one session or debt of a fresh referral in contact. */
const caseworkItemRoute = (
  method: 'PATCH' | 'DELETE',
  area: 'sessions' | 'debts',
  success: number,
  body?: (c: Awaited<ReturnType<Fresh['casework']>>) => object,
): RouteSpec => ({
  allowed: ADVISORS,
  scoped: true,
  success,
  build: async (w, t, caller) => {
    const c = await w.fresh.casework(t === 'in' ? 'a' : 'b', caller);
    const item = area === 'sessions' ? c.sessionId : c.debtId;
    const query = method === 'DELETE' ? `?version=${c.debtVersion}` : '';
    return { path: `/api/v1/referrals/${c.referralId}/${area}/${item}${query}`, ...(body ? { body: body(c) } : {}) };
  },
});
const CSV =
  'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\nA;X-1;Vej 1;Ny Lejer;5.000,00;5.000,00;01-10-2026\n';
let counter = 0;
const copenhagenToday = () => copenhagenDateOf(new Date());
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const side = (world: World, target: Target) => (target === 'in' ? world.a : world.b);
const includes = (body: { items: { id: string }[] }, id: string) => body.items.some((item) => item.id === id);
/** The inbox item made for the caller by the last `build` of an inbox route, for its `check`. */
let lastInboxItem = '';
const inboxItemFor = async (w: World, t: Target, caller: SignedInUser) =>
  t === 'in' ? (lastInboxItem = await w.fresh.inboxItem(caller.user.id)) : w.foreignInboxItem;

const EXPECTED: Record<string, RouteSpec> = {
  'GET /health': { allowed: 'public', success: 200, build: () => ({ path: '/health' }) },
  'GET /health/live': { allowed: 'public', success: 200, build: () => ({ path: '/health/live' }) },
  'POST /api/v1/auth/login': {
    allowed: 'public',
    success: 200,
    build: (w) => ({
      path: '/api/v1/auth/login',
      body: { email: w.users.manager.user.email, password: TEST_PASSWORD },
    }),
  },
  'POST /api/v1/auth/refresh': {
    allowed: 'public',
    success: 200,
    build: async (w) => {
      const login = await request(app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: w.users.manager.user.email, password: TEST_PASSWORD });
      return { path: '/api/v1/auth/refresh', body: { refreshToken: login.body.refreshToken } };
    },
  },
  // The web application's session (issue 13): the refresh token travels in a cookie.
  'POST /api/v1/auth/browser-session': {
    allowed: 'public',
    success: 200,
    build: (w) => ({
      path: '/api/v1/auth/browser-session',
      headers: { 'X-Requested-With': 'test' },
      body: { email: w.users.manager.user.email, password: TEST_PASSWORD },
    }),
  },
  'POST /api/v1/auth/browser-session/refresh': {
    allowed: 'public',
    success: 200,
    build: async (w) => {
      const signedIn = await request(app.getHttpServer())
        .post('/api/v1/auth/browser-session')
        .set('X-Requested-With', 'test')
        .send({ email: w.users.manager.user.email, password: TEST_PASSWORD });
      const cookie = String(signedIn.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
      return {
        path: '/api/v1/auth/browser-session/refresh',
        headers: { 'X-Requested-With': 'test', Cookie: cookie },
      };
    },
  },
  'DELETE /api/v1/auth/browser-session': {
    allowed: 'public',
    success: 204,
    build: () => ({ path: '/api/v1/auth/browser-session', headers: { 'X-Requested-With': 'test' } }),
  },
  'POST /api/v1/auth/logout': {
    allowed: ALL,
    freshSession: true,
    success: 204,
    build: () => ({ path: '/api/v1/auth/logout' }),
  },
  'POST /api/v1/auth/password': {
    allowed: ALL,
    freshSession: true,
    success: 204,
    build: () => ({
      path: '/api/v1/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' },
    }),
  },
  'GET /api/v1/me': { allowed: ALL, success: 200, build: () => ({ path: '/api/v1/me' }) },

  'POST /api/v1/municipalities': {
    allowed: ADMIN,
    success: 201,
    build: () => ({
      path: '/api/v1/municipalities',
      body: { code: String(100 + (counter++ % 899)).padStart(3, '0'), name: `M ${unique()}`, alertEmail: 'a@k.dk' },
    }),
  },
  'GET /api/v1/municipalities': { allowed: ALL, success: 200, build: () => ({ path: '/api/v1/municipalities' }) },
  'GET /api/v1/municipalities/:code': {
    allowed: ALL,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/municipalities/${side(w, t).municipality.code}` }),
  },
  'PATCH /api/v1/municipalities/:code': {
    allowed: ADMIN,
    success: 200,
    build: (w, t) => ({
      path: `/api/v1/municipalities/${side(w, t).municipality.code}`,
      body: { name: `M ${unique()}` },
    }),
  },
  'DELETE /api/v1/municipalities/:code': {
    allowed: ADMIN,
    success: 204,
    build: async (w) => ({ path: `/api/v1/municipalities/${await w.fresh.municipalityCode()}` }),
  },

  ...directoryRoutes(
    'housing-organisations',
    (w) => w.fresh.organisation(),
    { name: 'Org' },
    (s) => s.organisation.id,
  ),
  ...directoryRoutes(
    'probation-units',
    (w) => w.fresh.contact('probation'),
    { name: 'Unit', contactEmail: 'u@k.dk' },
    (s) => s.probationUnit.id,
  ),
  ...directoryRoutes(
    'counselling-providers',
    (w) => w.fresh.contact('provider'),
    { name: 'Prov', contactEmail: 'p@k.dk' },
    (s) => s.provider.id,
  ),
  ...directoryRoutes(
    'departments',
    (w) => w.fresh.department(),
    (w: World) => ({
      housingOrganisationId: w.a.organisation.id,
      municipalityId: w.a.municipality.id,
      number: unique(),
      name: 'Dept',
      address: 'Vej 1',
    }),
    (s) => s.department.id,
  ),

  'POST /api/v1/users': {
    allowed: ADMIN,
    success: 201,
    build: (w) => ({
      path: '/api/v1/users',
      body: {
        email: `u${unique()}@test.dk`,
        name: 'New',
        role: 'municipal_social_worker',
        password: TEST_PASSWORD,
        municipalityId: w.a.municipality.id,
      },
    }),
  },
  'GET /api/v1/users': { allowed: ADMIN, success: 200, build: () => ({ path: '/api/v1/users' }) },
  'GET /api/v1/users/:id': {
    allowed: ADMIN,
    success: 200,
    build: (w) => ({ path: `/api/v1/users/${w.users.manager.user.id}` }),
  },
  'PATCH /api/v1/users/:id': {
    allowed: ADMIN,
    success: 200,
    build: (w) => ({ path: `/api/v1/users/${w.users.manager.user.id}`, body: { name: `Lene ${unique()}` } }),
  },
  'POST /api/v1/users/:id/disable': {
    allowed: ADMIN,
    success: 200,
    build: async (w) => ({ path: `/api/v1/users/${await w.fresh.user()}/disable` }),
  },
  'POST /api/v1/users/:id/enable': {
    allowed: ADMIN,
    success: 200,
    build: async (w) => ({ path: `/api/v1/users/${await w.fresh.user()}/enable` }),
  },
  'POST /api/v1/users/:id/password': {
    allowed: ADMIN,
    success: 204,
    build: async (w) => ({
      path: `/api/v1/users/${await w.fresh.user()}/password`,
      body: { password: 'reset-password-123' },
    }),
  },

  'POST /api/v1/persons': {
    allowed: RECORD_KEEPERS,
    success: 201,
    build: (w) => ({
      path: '/api/v1/persons',
      body: { name: 'Ny Lejer', municipalityId: w.a.municipality.id, housingOrganisationId: w.a.organisation.id },
    }),
  },
  'GET /api/v1/persons': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/persons?limit=200' }),
    check: (body, w, t) =>
      t === 'in' ? expect(includes(body, w.a.person.id)).toBe(true) : expect(includes(body, w.b.person.id)).toBe(false),
  },
  'POST /api/v1/persons/search': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/persons/search', body: { name: 'Lejer', limit: 200 } }),
    check: (body, w, t) =>
      t === 'in' ? expect(includes(body, w.a.person.id)).toBe(true) : expect(includes(body, w.b.person.id)).toBe(false),
  },
  'GET /api/v1/persons/:id': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/persons/${side(w, t).person.id}` }),
  },
  'PATCH /api/v1/persons/:id': {
    allowed: RECORD_KEEPERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const id = side(w, t).person.id;
      const [{ version }] = await database.query<{ version: number }>(`SELECT version FROM person WHERE id = $1`, [id]);
      return { path: `/api/v1/persons/${id}`, body: { version, phone: '12345678' } };
    },
  },
  'POST /api/v1/persons/:id/erasure': {
    allowed: ADMIN,
    scoped: true,
    success: 200,
    build: async (w, t) => ({ path: `/api/v1/persons/${await w.fresh.person(t === 'in' ? 'a' : 'b')}/erasure` }),
  },
  'POST /api/v1/persons/:id/consents': {
    allowed: RECORD_KEEPERS,
    scoped: true,
    success: 201,
    build: (w, t) => ({
      path: `/api/v1/persons/${side(w, t).person.id}/consents`,
      body: { purpose: 'debt-counselling', recipientId: side(w, t).provider.id, givenAt: new Date().toISOString() },
    }),
  },
  'GET /api/v1/persons/:id/consents': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/persons/${side(w, t).person.id}/consents` }),
  },
  'POST /api/v1/persons/:id/consents/:consentId/withdrawal': {
    allowed: RECORD_KEEPERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const s = t === 'in' ? 'a' : 'b';
      return { path: `/api/v1/persons/${w[s].person.id}/consents/${await w.fresh.consent(s)}/withdrawal` };
    },
  },
  'GET /api/v1/calendar/holidays': {
    allowed: ALL,
    success: 200,
    build: () => ({ path: '/api/v1/calendar/holidays?year=2026' }),
  },
  'GET /api/v1/calendar/deadlines': {
    allowed: ALL,
    success: 200,
    build: () => ({ path: '/api/v1/calendar/deadlines?dueDate=2026-03-01&demandReceived=2026-03-06' }),
  },
  // National reference data (no scope): the rates debt advisors work out a budget with.
  'GET /api/v1/standard-living-amounts': {
    allowed: [Role.DebtAdvisor, Role.Administrator],
    success: 200,
    build: () => ({ path: '/api/v1/standard-living-amounts?on=2024-06-01' }),
  },
  'POST /api/v1/tenancies': {
    allowed: CASEWORK,
    success: 201,
    build: (w) => ({
      path: '/api/v1/tenancies',
      body: { departmentId: w.a.department.id, unit: `U-${unique()}`, address: 'Vej 3', monthlyRentOre: 500_000 },
    }),
  },
  'GET /api/v1/tenancies/:id': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/tenancies/${side(w, t).tenancy.id}` }),
  },
  'POST /api/v1/tenancies/:id/tenants': {
    allowed: CASEWORK,
    scoped: true,
    success: 201,
    build: (w, t) => ({
      path: `/api/v1/tenancies/${side(w, t).tenancy.id}/tenants`,
      body: { personId: side(w, t).person.id },
    }),
  },
  'POST /api/v1/tenancies/:id/arrears': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: (w, t) => ({
      path: `/api/v1/tenancies/${side(w, t).tenancy.id}/arrears`,
      body: { dueDate: '2026-09-01', amountOre: 400_000 + (counter++ % 1000) },
    }),
  },
  'GET /api/v1/cases': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/cases?limit=200' }),
    check: (body, w, t) =>
      t === 'in' ? expect(includes(body, w.a.case.id)).toBe(true) : expect(includes(body, w.b.case.id)).toBe(false),
  },
  'GET /api/v1/cases/export': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/cases/export?format=csv' }),
    // The file (CSV text) holds the caller's cases and never anyone else's.
    check: (_body, w, t, text = '') =>
      t === 'in' ? expect(text).toContain(w.a.case.id) : expect(text).not.toContain(w.b.case.id),
  },
  'GET /api/v1/statistics/:figure/export': {
    allowed: [Role.Manager, Role.Administrator],
    scoped: true,
    success: 200,
    build: () => {
      const year = new Date().getFullYear();
      return {
        path: `/api/v1/statistics/inflow/export?format=csv&period=year&from=${year}-01-01&to=${year}-12-31&groupBy=department`,
      };
    },
    // Aggregates only: the manager's file has rows of their own and never names the other side's department
    // (an earlier row of the matrix may have renamed either department: 'Afdeling B' or 'B Renamed …').
    check: (_body, _w, t, text = '') => {
      if (t === 'in') expect(text.split('\r\n').filter((line) => /^\d{4};/.test(line)).length).toBeGreaterThan(0);
      else expect(text).not.toMatch(/Afdeling B|B Renamed/);
    },
  },
  'GET /api/v1/cases/:id': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/cases/${side(w, t).case.id}` }),
  },
  'GET /api/v1/cases/:id/ledger': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/cases/${side(w, t).case.id}/ledger` }),
  },
  'GET /api/v1/cases/:id/timeline': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/cases/${side(w, t).case.id}/timeline` }),
  },
  'POST /api/v1/cases/:id/payments': {
    allowed: CASEWORK,
    scoped: true,
    success: 201,
    build: (w, t) => ({
      path: `/api/v1/cases/${side(w, t).case.id}/payments`,
      body: { amountOre: 100, paidOn: '2026-10-02' },
    }),
  },
  'POST /api/v1/cases/:id/transitions': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const fresh = await w.fresh.case(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/cases/${fresh.id}/transitions`,
        body: { version: fresh.version, type: 'close', on: '2026-10-15', outcome: 'withdrawn' },
      };
    },
  },
  'POST /api/v1/cases/:id/municipality-notice': {
    allowed: CASEWORK,
    scoped: true,
    success: 201,
    build: (w, t) => ({
      path: `/api/v1/cases/${side(w, t).case.id}/municipality-notice`,
      body: { noticeOn: '2026-10-20' },
    }),
  },
  'POST /api/v1/cases/:id/payment-plan': {
    allowed: CASEWORK,
    scoped: true,
    success: 201,
    build: async (w, t) => {
      const fresh = await w.fresh.case(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/cases/${fresh.id}/payment-plan`,
        body: {
          version: fresh.version,
          amountOre: 500_000,
          instalmentOre: 250_000,
          instalmentCount: 2,
          firstDueOn: '2026-11-01',
          agreedOn: '2026-10-15',
        },
      };
    },
  },
  'GET /api/v1/cases/:id/payment-plan': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: async (w, t) => ({
      path: `/api/v1/cases/${(await w.fresh.planCase(t === 'in' ? 'a' : 'b')).id}/payment-plan`,
    }),
  },
  'POST /api/v1/cases/:id/payment-plan/break': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const fresh = await w.fresh.planCase(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/cases/${fresh.id}/payment-plan/break`,
        body: { version: fresh.version, on: '2026-11-20' },
      };
    },
  },
  'POST /api/v1/cases/:id/payment-plan/complete': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const fresh = await w.fresh.planCase(t === 'in' ? 'a' : 'b', true);
      return {
        path: `/api/v1/cases/${fresh.id}/payment-plan/complete`,
        body: { version: fresh.version, on: '2026-11-20' },
      };
    },
  },
  'POST /api/v1/arrears-imports': {
    allowed: CASEWORK,
    success: 202,
    build: (w) => ({
      path: `/api/v1/arrears-imports?housingOrganisationId=${w.a.organisation.id}`,
      body: CSV,
      contentType: 'text/csv',
    }),
  },
  'GET /api/v1/arrears-imports': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/arrears-imports?limit=200' }),
    check: (body, w, t) =>
      t === 'in' ? expect(includes(body, w.a.import.id)).toBe(true) : expect(includes(body, w.b.import.id)).toBe(false),
  },
  'GET /api/v1/arrears-imports/:id': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/arrears-imports/${side(w, t).import.id}` }),
  },
  'GET /api/v1/arrears-imports/:id/problems': {
    allowed: CASEWORK,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/arrears-imports/${side(w, t).import.id}/problems` }),
  },
  'POST /admin/session': { allowed: ADMIN, success: 204, build: () => ({ path: '/admin/session' }) },
  'GET /api/v1/audit/persons/:id/access': {
    allowed: ADMIN,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/audit/persons/${side(w, t).person.id}/access` }),
  },

  // Every user has an inbox of their own: someone else's item is out of scope (404).
  'GET /api/v1/inbox': {
    allowed: ALL,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => {
      if (t === 'in') await inboxItemFor(w, t, caller);
      return { path: '/api/v1/inbox?limit=200' };
    },
    check: (body, w, t) =>
      t === 'in'
        ? expect(includes(body, lastInboxItem)).toBe(true)
        : expect(includes(body, w.foreignInboxItem)).toBe(false),
  },
  'GET /api/v1/inbox/unread-count': {
    allowed: ALL,
    success: 200,
    build: () => ({ path: '/api/v1/inbox/unread-count' }),
  },
  'GET /api/v1/inbox/:id': {
    allowed: ALL,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => ({ path: `/api/v1/inbox/${await inboxItemFor(w, t, caller)}` }),
  },
  'POST /api/v1/inbox/:id/read': {
    allowed: ALL,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => ({ path: `/api/v1/inbox/${await inboxItemFor(w, t, caller)}/read` }),
  },
  'POST /api/v1/inbox/:id/acknowledge': {
    allowed: ALL,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => ({
      path: `/api/v1/inbox/${await inboxItemFor(w, t, caller)}/acknowledge`,
      body: { comment: 'Lejeren er kontaktet' },
    }),
  },
  'GET /api/v1/cases/:id/warnings': {
    allowed: READERS,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/cases/${side(w, t).case.id}/warnings` }),
  },
  'POST /api/v1/notifications/:id/retry': {
    allowed: CASEWORK,
    scoped: true,
    success: 202,
    build: async (w, t) => ({
      path: `/api/v1/notifications/${await w.fresh.undeliveredNotification(t === 'in' ? 'a' : 'b')}/retry`,
    }),
  },
  'GET /api/v1/cooperation-agreements': {
    allowed: [Role.HousingCaseworker, Role.MunicipalSocialWorker, Role.Manager, Role.Administrator],
    scoped: true,
    success: 200,
    build: () => ({ path: '/api/v1/cooperation-agreements' }),
    check: (body, w, t) => {
      const agreements = body as unknown as { municipalityId: string }[];
      const has = (s: Side) => agreements.some((a) => a.municipalityId === s.municipality.id);
      return t === 'in' ? expect(has(w.a)).toBe(true) : expect(has(w.b)).toBe(false);
    },
  },
  'PUT /api/v1/cooperation-agreements': {
    allowed: ADMIN,
    success: 200,
    build: (w) => ({
      path: '/api/v1/cooperation-agreements',
      body: agreementOf(w.a, ['arrears-registered']),
    }),
  },
  'GET /api/v1/notification-settings/me': {
    allowed: ALL,
    success: 200,
    build: () => ({ path: '/api/v1/notification-settings/me' }),
  },
  'PUT /api/v1/notification-settings/me': {
    allowed: ALL,
    success: 200,
    build: () => ({ path: '/api/v1/notification-settings/me', body: { delivery: 'none' } }),
  },
  'POST /api/v1/referrals': {
    allowed: REFERRERS,
    scoped: true,
    success: 201,
    build: (w, t) => ({
      path: '/api/v1/referrals',
      body: {
        caseId: side(w, t).case.id,
        personId: side(w, t).person.id,
        counsellingProviderId: side(w, t).provider.id,
        serviceLevel: 'quick_advice',
      },
    }),
  },
  'GET /api/v1/referrals': {
    allowed: REFERRAL_READERS,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => {
      lastReferral = (await w.fresh.referral(t === 'in' ? 'a' : 'b', caller)).id;
      return { path: '/api/v1/referrals' };
    },
    check: (body, _w, t) => expect(includes(body, lastReferral)).toBe(t === 'in'),
  },
  'GET /api/v1/referrals/:id': {
    allowed: REFERRAL_READERS,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => ({
      path: `/api/v1/referrals/${(await w.fresh.referral(t === 'in' ? 'a' : 'b', caller)).id}`,
    }),
  },
  'GET /api/v1/counselling-providers/:id/referral-settings': {
    allowed: ALL,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/counselling-providers/${side(w, t).provider.id}/referral-settings` }),
  },
  'PUT /api/v1/counselling-providers/:id/referral-settings': {
    allowed: ADMIN,
    success: 200,
    build: (w, t) => ({
      path: `/api/v1/counselling-providers/${side(w, t).provider.id}/referral-settings`,
      body: { answerBusinessDays: 3 },
    }),
  },
  'GET /api/v1/housing-organisations/:id/payment-plan-settings': {
    allowed: ALL,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/housing-organisations/${side(w, t).organisation.id}/payment-plan-settings` }),
  },
  'PUT /api/v1/housing-organisations/:id/payment-plan-settings': {
    allowed: ADMIN,
    success: 200,
    build: (w, t) => ({
      path: `/api/v1/housing-organisations/${side(w, t).organisation.id}/payment-plan-settings`,
      body: { graceDays: 5, breakAfterMisses: 2 },
    }),
  },
  'GET /api/v1/referrals/:id/payment-plan': {
    allowed: ADVISORS,
    scoped: true,
    success: 200,
    build: async (w, t) => ({
      path: `/api/v1/referrals/${await w.fresh.referralWithPlan(t === 'in' ? 'a' : 'b')}/payment-plan`,
    }),
  },
  'POST /api/v1/cases/:caseId/rent-assistance-applications': {
    allowed: RENT_ASSISTANCE,
    scoped: true,
    success: 201,
    build: async (w, t, caller) => ({
      path: `/api/v1/cases/${await rentAssistanceCase(w, t, caller)}/rent-assistance-applications`,
      body: { kind: 'section_81a', appliedOn: copenhagenToday() },
    }),
  },
  'GET /api/v1/cases/:caseId/rent-assistance-applications': {
    allowed: RENT_ASSISTANCE,
    scoped: true,
    success: 200,
    build: async (w, t, caller) => ({
      path: `/api/v1/cases/${await rentAssistanceCase(w, t, caller)}/rent-assistance-applications`,
    }),
  },
  'PATCH /api/v1/cases/:caseId/rent-assistance-applications/:applicationId': {
    allowed: RENT_ASSISTANCE_DECIDERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const application = await w.fresh.rentAssistance(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/cases/${side(w, t).case.id}/rent-assistance-applications/${application.id}`,
        body: { version: application.version, decision: 'refused', decidedOn: copenhagenToday() },
      };
    },
  },
  'POST /api/v1/custody-episodes': {
    allowed: CUSTODY_RECORDERS,
    scoped: true,
    success: 201,
    build: async (w, t) => ({
      path: '/api/v1/custody-episodes',
      body: {
        personId: await w.fresh.custodyPerson(t === 'in' ? 'a' : 'b'),
        probationUnitId: side(w, t).probationUnit.id,
        kind: 'sentence',
        institution: 'Statsfængslet',
        startedOn: copenhagenToday(),
        sentenceMonths: 10,
        contact: { kind: 'probation_officer' },
      },
    }),
  },
  'GET /api/v1/custody-episodes': {
    allowed: CUSTODY_READERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      lastEpisode = (await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b')).id;
      return { path: '/api/v1/custody-episodes' };
    },
    check: (body, _w, t) => expect(includes(body, lastEpisode)).toBe(t === 'in'),
  },
  'GET /api/v1/custody-episodes/:id': {
    allowed: CUSTODY_READERS,
    scoped: true,
    success: 200,
    build: async (w, t) => ({
      path: `/api/v1/custody-episodes/${(await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b')).id}`,
    }),
  },
  'PATCH /api/v1/custody-episodes/:id': {
    allowed: PROBATION_OFFICERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const episode = await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/custody-episodes/${episode.id}`,
        body: { version: episode.version, institution: 'Anstalten' },
      };
    },
  },
  'POST /api/v1/custody-episodes/:id/release': {
    allowed: PROBATION_OFFICERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const episode = await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/custody-episodes/${episode.id}/release`,
        body: { version: episode.version, releasedOn: copenhagenToday() },
      };
    },
  },
  'POST /api/v1/custody-episodes/:id/housing-plans': {
    allowed: CUSTODY_READERS,
    scoped: true,
    success: 201,
    build: async (w, t) => ({
      path: `/api/v1/custody-episodes/${(await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b')).id}/housing-plans`,
      body: { option: 'keep_own_means', decidedOn: copenhagenToday() },
    }),
  },
  'GET /api/v1/custody-episodes/:id/housing-plans': {
    allowed: CUSTODY_READERS,
    scoped: true,
    success: 200,
    build: async (w, t) => ({
      path: `/api/v1/custody-episodes/${(await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b')).id}/housing-plans`,
    }),
  },
  'GET /api/v1/custody-episodes/:id/release-tasks': {
    allowed: RELEASE_TASK_PARTIES,
    scoped: true,
    success: 200,
    build: async (w, t) => ({
      path: `/api/v1/custody-episodes/${(await w.fresh.custodyEpisode(t === 'in' ? 'a' : 'b')).id}/release-tasks`,
    }),
  },
  'POST /api/v1/custody-episodes/:id/release-tasks/:taskId/complete': {
    allowed: RELEASE_TASK_PARTIES,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      const { episodeId, taskId } = await w.fresh.releaseTask(t === 'in' ? 'a' : 'b');
      return {
        path: `/api/v1/custody-episodes/${episodeId}/release-tasks/${taskId}/complete`,
        body: { completedOn: copenhagenToday() },
      };
    },
  },
  'GET /api/v1/release-tasks': {
    allowed: PROBATION_OFFICERS,
    scoped: true,
    success: 200,
    build: async (w, t) => {
      lastReleaseTask = (await w.fresh.releaseTask(t === 'in' ? 'a' : 'b')).taskId;
      return { path: '/api/v1/release-tasks' };
    },
    check: (body, _w, t) => expect(includes(body, lastReleaseTask)).toBe(t === 'in'),
  },
  // The unit's custody-notice setting (issue 15, item 2): administrators and the unit's own officers.
  'GET /api/v1/probation-units/:id/custody-notice-settings': {
    allowed: CUSTODY_NOTICE_SETTING,
    scoped: true,
    success: 200,
    build: (w, t) => ({ path: `/api/v1/probation-units/${side(w, t).probationUnit.id}/custody-notice-settings` }),
  },
  'PUT /api/v1/probation-units/:id/custody-notice-settings': {
    allowed: CUSTODY_NOTICE_SETTING,
    scoped: true,
    success: 200,
    build: (w, t) => ({
      path: `/api/v1/probation-units/${side(w, t).probationUnit.id}/custody-notice-settings`,
      body: { acknowledgeBusinessDays: 2 },
    }),
  },
  'POST /api/v1/referrals/:id/accept': referralStep('accept', 'sent', {}),
  'POST /api/v1/referrals/:id/decline': referralStep('decline', 'sent', { reason: 'Uden for vores område' }),
  'POST /api/v1/referrals/:id/first-contact': referralStep('first-contact', 'accepted', {
    on: copenhagenToday(),
  }),
  'POST /api/v1/referrals/:id/close': referralStep('close', 'in_contact', { outcome: 'plan_agreed' }),
  // The advisor's casework on a referral (issue 14, items 2-4): the provider's debt advisors only.
  'GET /api/v1/referrals/:referralId/sessions': caseworkRoute('sessions', 200),
  'POST /api/v1/referrals/:referralId/sessions': caseworkRoute('sessions', 201, {
    date: copenhagenToday(),
    channel: 'phone',
    minutes: 30,
    topics: ['budget'],
    note: 'Matrix note',
  }),
  'PATCH /api/v1/referrals/:referralId/sessions/:sessionId': caseworkItemRoute('PATCH', 'sessions', 200, (c) => ({
    version: c.sessionVersion,
    nextActionDone: true,
  })),
  'GET /api/v1/referrals/:referralId/debts': caseworkRoute('debts', 200),
  'POST /api/v1/referrals/:referralId/debts': caseworkRoute('debts', 201, {
    creditor: 'Kviklån A/S',
    kind: 'quick_loans',
    status: 'untouched',
    amountOwedOre: 500_000,
    monthlyPaymentOre: 0,
  }),
  'PATCH /api/v1/referrals/:referralId/debts/:debtId': caseworkItemRoute('PATCH', 'debts', 200, (c) => ({
    version: c.debtVersion,
    status: 'negotiating',
  })),
  'DELETE /api/v1/referrals/:referralId/debts/:debtId': caseworkItemRoute('DELETE', 'debts', 204),
  'GET /api/v1/referrals/:referralId/budgets': caseworkRoute('budgets', 200),
  'POST /api/v1/referrals/:referralId/budgets': caseworkRoute('budgets', 201, {
    budgetOn: '2024-09-01',
    household: { adults: 1, childBirthDates: [] },
    income: [{ group: 'benefits', amountOre: 1_500_000 }],
    fixed: [{ group: 'rent', amountOre: 650_000, approved: true }],
    flexible: [{ group: 'food', amountOre: 250_000 }],
  }),
  'GET /api/v1/notification-settings/:email': {
    allowed: ADMIN,
    success: 200,
    build: () => ({ path: `/api/v1/notification-settings/${encodeURIComponent('A@k.dk')}` }),
  },
  'PUT /api/v1/notification-settings/:email': {
    allowed: ADMIN,
    success: 200,
    build: () => ({
      path: `/api/v1/notification-settings/${encodeURIComponent('A@k.dk')}`,
      body: { delivery: 'immediate', language: 'da' },
    }),
  },
  ...statisticsRoutes(),
  // The risk-adjusted comparison (issue 16, item 3): aggregates for managers and administrators; not scoped
  // (a manager sees every unit's ratio, counts under 5 suppressed).
  'GET /api/v1/statistics/comparison': {
    allowed: STATISTICS_READERS,
    success: 200,
    build: () => ({ path: '/api/v1/statistics/comparison?level=municipality' }),
  },
  'GET /api/v1/statistics/comparison/export': {
    allowed: STATISTICS_READERS,
    success: 200,
    build: () => ({ path: '/api/v1/statistics/comparison/export?level=municipality&format=csv' }),
  },
};

function agreementOf(s: Side, enabledWarnings: VoluntaryWarning[]) {
  return {
    municipalityId: s.municipality.id,
    housingOrganisationId: s.organisation.id,
    enabledWarnings,
    arrearsThresholdOre: 100_000,
    evictionReminderBusinessDays: 5,
    validFrom: '2026-01-01',
  };
}

/**
 * The statistics (docs/statistics.md): managers and administrators; a manager's answer never has a
 * row of another organisation's department, even when asked for it by filter.
 */
function statisticsRoutes(): Record<string, RouteSpec> {
  const figures = [
    'inflow',
    'stages',
    'flow',
    'outcomes',
    'time-to-act',
    'payment-plans',
    'repeat-arrears',
    'warnings',
  ];
  const month = copenhagenDateOf(new Date());
  return Object.fromEntries(
    figures.map((figure) => [
      `GET /api/v1/statistics/${figure}`,
      {
        allowed: [Role.Manager, Role.Administrator],
        scoped: true,
        success: 200,
        build: (w: World, t: Target) => ({
          path:
            `/api/v1/statistics/${figure}?period=month&from=${month}&to=${month}&groupBy=department` +
            `&housingOrganisationId=${(t === 'out' ? w.b : w.a).organisation.id}`,
        }),
        check: (body: unknown, w: World, t: Target) => {
          const rows = (body as { tables: { rows: { groupId: string }[] }[] }).tables.flatMap((table) => table.rows);
          expect(rows.some((r) => r.groupId === w.b.department.id)).toBe(false);
          if (t === 'out') expect(rows).toEqual([]);
        },
      } satisfies RouteSpec,
    ]),
  );
}

function directoryRoutes(
  path: string,
  fresh: (w: World) => Promise<string>,
  body: object | ((w: World) => object),
  existing: (s: Side) => string,
): Record<string, RouteSpec> {
  const base = `/api/v1/${path}`;
  const bodyFor = (w: World) =>
    typeof body === 'function' ? body(w) : { ...body, name: `${(body as { name: string }).name} ${unique()}` };
  return {
    [`POST ${base}`]: { allowed: ADMIN, success: 201, build: (w) => ({ path: base, body: bodyFor(w) }) },
    [`GET ${base}`]: { allowed: ALL, success: 200, build: () => ({ path: base }) },
    [`GET ${base}/:id`]: { allowed: ALL, success: 200, build: (w, t) => ({ path: `${base}/${existing(side(w, t))}` }) },
    [`PATCH ${base}/:id`]: {
      allowed: ADMIN,
      success: 200,
      build: (w, t) => ({ path: `${base}/${existing(side(w, t))}`, body: { name: `Renamed ${unique()}` } }),
    },
    [`DELETE ${base}/:id`]: {
      allowed: ADMIN,
      success: 204,
      build: async (w) => ({ path: `${base}/${await fresh(w)}` }),
    },
  };
}

let app: INestApplication;
let database: TestDatabase;

/** Every route the application serves, read from its controllers' metadata. */
function routeTable(): { key: string; hasRule: boolean }[] {
  const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
  const routes: { key: string; hasRule: boolean }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prefix = String(Reflect.getMetadata('path', controller) ?? '').replace(/^\/|\/$/g, '');
      const names = new Set<string>();
      for (
        let proto = controller.prototype;
        proto && proto !== Object.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        Object.getOwnPropertyNames(proto).forEach((name) => names.add(name));
      }
      for (const name of names) {
        const handler = controller.prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata('method', handler);
        if (method === undefined) continue;
        const sub = String(Reflect.getMetadata('path', handler) ?? '').replace(/^\/|\/$/g, '');
        const path = '/' + [prefix, sub].filter(Boolean).join('/');
        const rule = Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller);
        routes.push({ key: `${methods[method]} ${path}`, hasRule: rule !== undefined });
      }
    }
  }
  return routes;
}

describe('authorization matrix', () => {
  let world: World;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createApi(testConfig({ database, queue: 'postgres' }));
    await app.init();
    world = await buildWorld();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('has a declared rule and an expectation for every route, and no expectation without a route', () => {
    const routes = routeTable();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !r.hasRule).map((r) => r.key)).toEqual([]);
    expect(routes.map((r) => r.key).filter((key) => !EXPECTED[key])).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !routes.some((r) => r.key === key))).toEqual([]);
  });

  const cases = Object.entries(EXPECTED).flatMap(([key, spec]) =>
    ([...ALL_ROLES, 'anonymous'] as const).map((who) => [key, who, spec] as const),
  );

  it.each(cases)('%s as %s', async (key, who, spec) => {
    const method = key.split(' ')[0]!.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const caller =
      who === 'anonymous'
        ? undefined
        : spec.freshSession
          ? await signIn(app, who, scopeOf(world, who))
          : world.users[who];
    const targets: Target[] = spec.scoped && who !== Role.Administrator && who !== 'anonymous' ? ['in', 'out'] : ['in'];
    for (const target of targets) {
      const call = await spec.build(world, target, caller ?? world.users.administrator);
      let req = request(app.getHttpServer())[method](call.path);
      if (caller) req = req.set('Authorization', caller.bearer);
      if (call.contentType) req = req.set('Content-Type', call.contentType);
      for (const [name, value] of Object.entries(call.headers ?? {})) req = req.set(name, value);
      const response = await (call.body ? req.send(call.body) : req);
      const context = `${key} as ${who} (${target}): ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;

      if (spec.allowed === 'public') {
        expect([context, response.status]).toEqual([context, spec.success]);
      } else if (!caller) {
        expect([context, response.status, response.body.code]).toEqual([context, 401, 'AUTHENTICATION_REQUIRED']);
      } else if (!spec.allowed.includes(who as Role)) {
        expect([context, response.status, response.body.code]).toEqual([context, 403, 'ROLE_NOT_ALLOWED']);
      } else if (target === 'out' && !spec.check) {
        // Out of scope looks exactly like absent: 404, and nothing of the record.
        expect([context, response.status]).toEqual([context, 404]);
        expect(JSON.stringify(response.body)).not.toContain('Lejer B');
      } else {
        expect([context, response.status]).toEqual([context, spec.success]);
        spec.check?.(response.body, world, target, response.text);
      }
    }
  });
});

function scopeOf(world: World, role: Role) {
  const a = world.a;
  switch (role) {
    case Role.HousingCaseworker:
      return { housingOrganisationId: a.organisation.id };
    case Role.MunicipalSocialWorker:
      return { municipalityId: a.municipality.id };
    case Role.DebtAdvisor:
      return { counsellingProviderId: a.provider.id };
    case Role.ProbationOfficer:
      return { probationUnitId: a.probationUnit.id };
    case Role.Manager:
      return { housingOrganisationId: a.organisation.id };
    default:
      return {};
  }
}

async function buildWorld(): Promise<World> {
  const municipalities = app.get(MunicipalityService);
  const organisations = app.get(HousingOrganisationService);
  const departments = app.get(DepartmentService);
  const units = app.get(ProbationUnitService);
  const providers = app.get(CounsellingProviderService);
  const persons = app.get(PersonService);
  const consents = app.get(ConsentService);
  const tenancies = app.get(TenancyService);
  const cases = app.get(ArrearsCaseService);
  const imports = app.get(ArrearsImportService);
  const admin = await signIn(app, Role.Administrator);
  const actor: Actor = {
    principal: {
      userId: admin.user.id,
      role: Role.Administrator,
      housingOrganisationId: null,
      departmentIds: [],
      municipalityId: null,
      probationUnitId: null,
      counsellingProviderId: null,
    },
    requestId: 'matrix',
    sourceIp: null,
  };

  const makeSide = async (label: 'A' | 'B', code: string): Promise<Side> => {
    const municipality = await municipalities.register({ code, name: `Kommune ${label}`, alertEmail: `${label}@k.dk` });
    const organisation = await organisations.create({ name: `Bolig ${label}`, cvr: null, contactEmail: null });
    const department = await departments.create({
      housingOrganisationId: organisation.id,
      municipalityId: municipality.id,
      number: label,
      name: `Afdeling ${label}`,
      address: 'Vej 1',
    });
    const probationUnit = await units.create({ name: `Kriminalforsorg ${label}`, contactEmail: `kf${label}@k.dk` });
    const provider = await providers.create({ name: `Rådgivning ${label}`, contactEmail: `gr${label}@k.dk` });
    const person = await persons.create(actor, {
      name: `Lejer ${label}`,
      cpr: label === 'A' ? '0101701234' : '0202802345',
      municipalityId: municipality.id,
      housingOrganisationId: organisation.id,
    });
    const givenAt = new Date(Date.now() - 60_000);
    const consent = await consents.record(actor, person.id, {
      purpose: ConsentPurpose.MunicipalityCaseDetails,
      recipientId: municipality.id,
      givenAt,
    });
    await consents.record(actor, person.id, {
      purpose: ConsentPurpose.DebtCounselling,
      recipientId: provider.id,
      givenAt,
    });
    await consents.record(actor, person.id, {
      purpose: ConsentPurpose.ProbationCooperation,
      recipientId: probationUnit.id,
      givenAt,
    });
    const tenancy = await tenancies.create(actor, {
      departmentId: department.id,
      unit: `${label}-1`,
      address: `Vej ${label}`,
      monthlyRentOre: 600_000,
    });
    await tenancies.addTenant(actor, tenancy.id, person.id);
    const { caseId } = await cases.registerArrears(actor, tenancy.id, {
      dueDate: '2026-09-01' as IsoDate,
      amountOre: 600_000,
    });
    const upload = await imports.receive(
      actor,
      { format: 'csv', fileName: 'a.csv', housingOrganisationId: organisation.id },
      Readable.from([CSV]),
    );
    return {
      municipality,
      organisation,
      department,
      probationUnit,
      provider,
      person,
      consent,
      tenancy,
      case: { id: caseId },
      import: upload,
    };
  };
  const a = await makeSide('A', '901');
  const b = await makeSide('B', '902');
  for (const s of [a, b]) {
    await app.get(CooperationAgreementService).upsert(actor, agreementOf(s, ['arrears-registered', 'terminated']));
  }

  const world = { a, b, users: {} as Record<Role, SignedInUser> } as World;
  world.users.administrator = admin;
  for (const role of ALL_ROLES.filter((r) => r !== Role.Administrator)) {
    world.users[role] = await signIn(app, role, scopeOf(world, role));
  }
  // The warnings that the tenants' consents raised when the sides' arrears were registered.
  const warningOf = async (s: 'a' | 'b') => {
    const [row] = await database.query<{ id: string }>(
      `SELECT id FROM warning WHERE case_id = $1 ORDER BY created_at, id LIMIT 1`,
      [world[s].case.id],
    );
    if (!row) throw new Error(`side ${s} has no warning to build on`);
    return row.id;
  };
  const inboxItem = async (userId: string) => {
    const [{ id: warningId }] = await database.query<{ id: string }>(
      `INSERT INTO warning (id, rule_code, rule_version, case_id, occurrence, recipient_type, recipient_id,
                            sender_organisation_id, urgency, data, person_ids, acknowledge_by)
       SELECT gen_random_uuid(), rule_code, rule_version, case_id, $2, recipient_type, recipient_id,
              sender_organisation_id, urgency, data, person_ids, acknowledge_by FROM warning WHERE id = $1
       RETURNING id`,
      [await warningOf('a'), `matrix:${unique()}`],
    );
    const [{ id }] = await database.query<{ id: string }>(
      `INSERT INTO inbox_item (id, user_id, warning_id, kind, urgency) VALUES (gen_random_uuid(), $1, $2, 'warning', 'normal')
       RETURNING id`,
      [userId, warningId],
    );
    return id;
  };
  const outsider = await app.get(UserService).create(null, {
    email: `outsider${unique()}@test.dk`,
    name: 'Outsider',
    role: Role.MunicipalSocialWorker,
    password: TEST_PASSWORD,
    municipalityId: a.municipality.id,
  });
  world.foreignInboxItem = await inboxItem(outsider.id);
  // The referrers and advisors of each side, as the referral service's actors.
  const referralUsers = new Map<string, Actor>();
  const actorFor = async (s: 'a' | 'b', role: Role): Promise<Actor> => {
    const key = `${s}:${role}`;
    const known = referralUsers.get(key);
    if (known) return known;
    const scope =
      role === Role.HousingCaseworker
        ? { housingOrganisationId: world[s].organisation.id }
        : role === Role.MunicipalSocialWorker
          ? { municipalityId: world[s].municipality.id }
          : role === Role.ProbationOfficer
            ? { probationUnitId: world[s].probationUnit.id }
            : { counsellingProviderId: world[s].provider.id };
    const user = await app.get(UserService).create(null, {
      email: `referral-${s}-${role.replace(/_/g, '-')}-${unique()}@test.dk`,
      name: 'Referral',
      role,
      password: TEST_PASSWORD,
      ...scope,
    });
    const made: Actor = {
      principal: {
        userId: user.id,
        role,
        housingOrganisationId: user.housingOrganisationId,
        departmentIds: [],
        municipalityId: user.municipalityId,
        probationUnitId: user.probationUnitId,
        counsellingProviderId: user.counsellingProviderId,
      },
      requestId: 'matrix',
      sourceIp: null,
    };
    referralUsers.set(key, made);
    return made;
  };
  const referralActors = async (s: 'a' | 'b', bySocialWorker: boolean) => ({
    referrer: await actorFor(s, bySocialWorker ? Role.MunicipalSocialWorker : Role.HousingCaseworker),
    advisor: await actorFor(s, Role.DebtAdvisor),
  });
  world.fresh = {
    person: async (s) =>
      (
        await persons.create(actor, {
          name: `Lejer ${s.toUpperCase()} ${unique()}`,
          housingOrganisationId: world[s].organisation.id,
          municipalityId: world[s].municipality.id,
        })
      ).id,
    consent: async (s) =>
      (
        await consents.record(actor, world[s].person.id, {
          purpose: ConsentPurpose.DebtCounselling,
          recipientId: world[s].provider.id,
          givenAt: new Date(),
        })
      ).id,
    organisation: async () =>
      (await organisations.create({ name: `Tmp ${unique()}`, cvr: null, contactEmail: null })).id,
    contact: async (kind) =>
      (await (kind === 'probation' ? units : providers).create({ name: `Tmp ${unique()}`, contactEmail: 't@k.dk' })).id,
    department: async () =>
      (
        await departments.create({
          housingOrganisationId: a.organisation.id,
          municipalityId: a.municipality.id,
          number: unique(),
          name: 'Tmp',
          address: 'Vej 2',
        })
      ).id,
    municipalityCode: async () => {
      const code = String(800 + (counter++ % 99));
      await database.query(`DELETE FROM municipality WHERE code = $1`, [code]).catch(() => undefined);
      return (await municipalities.register({ code, name: `Tmp ${unique()}`, alertEmail: 't@k.dk' })).code;
    },
    case: async (s) => {
      const tenancy = await tenancies.create(actor, {
        departmentId: world[s].department.id,
        unit: `F-${unique()}`,
        address: 'Vej F',
        monthlyRentOre: 500_000,
      });
      const { caseId } = await cases.registerArrears(actor, tenancy.id, {
        dueDate: '2026-10-01' as IsoDate,
        amountOre: 500_000,
      });
      const [{ version }] = await database.query<{ version: number }>(
        `SELECT version FROM arrears_case WHERE id = $1`,
        [caseId],
      );
      return { id: caseId, version };
    },
    planCase: async (s, paid = false) => {
      const fresh = await world.fresh.case(s);
      let plan = await app.get(PaymentPlanService).agree(actor, fresh.id, {
        version: fresh.version,
        amountOre: 500_000,
        instalmentOre: 250_000,
        instalmentCount: 2,
        firstDueOn: '2026-11-01' as IsoDate,
        agreedOn: '2026-10-15' as IsoDate,
      });
      if (paid) {
        await cases.recordPayment(actor, fresh.id, { amountOre: 500_000, paidOn: '2026-11-10' as IsoDate });
        plan = await app.get(PaymentPlanService).current(actor, fresh.id);
      }
      return { id: fresh.id, version: plan.caseVersion };
    },
    inboxItem,
    undeliveredNotification: async (s) => {
      const [{ id }] = await database.query<{ id: string }>(
        `INSERT INTO outbox (id, topic, channel, payload, status, attempts, warning_id, recipient, failed_at, undelivered_at)
         VALUES (gen_random_uuid(), 'warning.arrears-registered', 'email', '{}', 'undelivered', 5, $1, 'x@k.dk', now(), now())
         RETURNING id`,
        [await warningOf(s)],
      );
      return id;
    },
    custodyPerson: async (s) => {
      const person = await persons.create(actor, {
        name: `Lejer ${s.toUpperCase()} ${unique()}`,
        housingOrganisationId: world[s].organisation.id,
        municipalityId: world[s].municipality.id,
      });
      for (const recipientId of [world[s].probationUnit.id, world[s].organisation.id, world[s].municipality.id]) {
        await consents.record(actor, person.id, {
          purpose: ConsentPurpose.ProbationCooperation,
          recipientId,
          givenAt: new Date(Date.now() - 60_000),
        });
      }
      return person.id;
    },
    custodyEpisode: async (s) => {
      const episode = await app.get(CustodyEpisodeService).record(await actorFor(s, Role.ProbationOfficer), {
        personId: await world.fresh.custodyPerson(s),
        kind: 'sentence',
        institution: 'Statsfængslet',
        startedOn: copenhagenToday() as IsoDate,
        expectedReleaseOn: null,
        paroleOn: null,
        sentenceMonths: 10,
        contact: { kind: 'probation_officer' },
      });
      return { id: episode.id, version: episode.version };
    },
    releaseTask: async (s) => {
      const episode = await world.fresh.custodyEpisode(s);
      const [task] = await database.query<{ id: string }>(
        `SELECT id FROM custody_release_task WHERE custody_episode_id = $1 AND kind = 'housing_setup_help'`,
        [episode.id],
      );
      return { episodeId: episode.id, taskId: task!.id };
    },
    referral: async (s, caller, status = 'sent') => {
      const { referrer, advisor } = await referralActors(s, caller.user.role === Role.MunicipalSocialWorker);
      const service = app.get(ReferralService);
      let referral = await service.create(referrer, {
        caseId: world[s].case.id,
        personId: world[s].person.id,
        counsellingProviderId: world[s].provider.id,
        serviceLevel: 'full_casework',
      });
      if (status !== 'sent') referral = await service.step(advisor, referral.id, referral.version, { type: 'accept' });
      if (status === 'in_contact') {
        referral = await service.step(advisor, referral.id, referral.version, {
          type: 'first_contact',
          on: referral.acceptedOn!,
        });
      }
      return { id: referral.id, version: referral.version };
    },
    rentAssistance: async (s) => {
      const application = await app
        .get(RentAssistanceService)
        .record(await actorFor(s, Role.HousingCaseworker), world[s].case.id, {
          kind: 'section_81',
          appliedOn: copenhagenToday(),
        });
      return { id: application.id, version: application.version };
    },
    referralWithPlan: async (s) => {
      const tenancy = await tenancies.create(actor, {
        departmentId: world[s].department.id,
        unit: `P-${unique()}`,
        address: 'Vej P',
        monthlyRentOre: 500_000,
      });
      await tenancies.addTenant(actor, tenancy.id, world[s].person.id);
      const { caseId } = await cases.registerArrears(actor, tenancy.id, {
        dueDate: '2026-10-01' as IsoDate,
        amountOre: 500_000,
      });
      const [{ version }] = await database.query<{ version: number }>(
        `SELECT version FROM arrears_case WHERE id = $1`,
        [caseId],
      );
      await app.get(PaymentPlanService).agree(actor, caseId, {
        version,
        amountOre: 500_000,
        instalmentOre: 250_000,
        instalmentCount: 2,
        firstDueOn: '2026-11-01' as IsoDate,
        agreedOn: '2026-10-15' as IsoDate,
      });
      const referral = await app.get(ReferralService).create(await actorFor(s, Role.HousingCaseworker), {
        caseId,
        personId: world[s].person.id,
        counsellingProviderId: world[s].provider.id,
        serviceLevel: 'full_casework',
      });
      return referral.id;
    },
    casework: async (s, caller) => {
      const referral = await world.fresh.referral(s, caller, 'in_contact');
      const advisor = await actorFor(s, Role.DebtAdvisor);
      const today = copenhagenToday();
      const { session } = await app.get(CounsellingSessionService).create(advisor, referral.id, {
        date: today,
        channel: 'phone',
        minutes: 20,
        topics: ['debt_overview'],
        nextAction: { text: 'Ring til kreditor', dueDate: today },
      });
      const debt = await app.get(CounsellingDebtService).create(advisor, referral.id, {
        creditor: 'Forbrugslån A/S',
        kind: 'consumer_credit',
        status: 'untouched',
        underEnforcement: false,
        amountOwedOre: 1_000_000,
        monthlyPaymentOre: 50_000,
      });
      return {
        referralId: referral.id,
        sessionId: session.id,
        sessionVersion: session.version,
        debtId: debt.id,
        debtVersion: debt.version,
      };
    },
    user: async () =>
      (
        await app.get(UserService).create(null, {
          email: `tmp${unique()}@test.dk`,
          name: 'Tmp',
          role: Role.Manager,
          password: TEST_PASSWORD,
          housingOrganisationId: a.organisation.id,
        })
      ).id,
  };
  return world;
}
