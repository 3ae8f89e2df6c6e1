import { type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AuthService, Role, UserService, type CreateUser } from '@app/domain';
import { TEST_PASSWORD } from '@app/testing';
import {
  fuzzOperations,
  fuzzRequests,
  type FuzzOperation,
  type FuzzOptions,
  type FuzzRequest,
  type FuzzValues,
  type OpenApiDocument,
} from './openapi-fuzz.js';

/**
 * Runs the OpenAPI fuzzer against a real, listening API: builds a small world of records (so
 * variants reach past the lookups), then sends every operation's variants as an administrator
 * and as a housing caseworker, and without a token to the public routes. Shared by the e2e
 * test (bounded) and the benchmark (large).
 */

export interface FuzzFailure {
  operation: string;
  variant: string;
  caller: string;
  status: number | 'no answer';
  body: string;
}

export interface FuzzResult {
  requests: number;
  operations: number;
  /** 5xx responses and requests the server never answered. */
  failures: FuzzFailure[];
  /** 4xx responses that are not the one error shape with a stable code. */
  shapeless: FuzzFailure[];
  /**
   * 4xx answers that came from the exception filter's database safety net (CONFLICT,
   * VALUE_REQUIRED, …): not failures, but input that validation let through to the database.
   */
  refusedByDatabase: FuzzFailure[];
  statuses: Record<string, number>;
}

interface Session {
  email: string;
  authorization: string;
}

interface Caller {
  name: string;
  role?: Role;
  scope: Partial<CreateUser>;
  session?: Session;
}

interface Answer {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** One request with exactly these bytes; resolves with the status, or 'no answer'. */
function send(
  port: number,
  request: FuzzRequest,
  authorization?: string,
  timeoutMs = 30_000,
  retry = true,
): Promise<Answer | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Answer | undefined) => {
      if (!settled) {
        settled = true;
        resolve(answer);
      }
    };
    const headers: Record<string, string> = { ...request.headers };
    // A variant's own Authorization header (a forged token) wins over the caller's.
    if (authorization && headers.authorization === undefined) headers.authorization = authorization;
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', () => finish({ status: response.statusCode ?? 0, body: '' }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed after its last answer (it does so when it did not
      // read a body, e.g. after a 413): the request never reached it, so it is sent again on a
      // new connection, as Node's documentation advises.
      if (!settled && outgoing.reusedSocket && retry && ['ECONNRESET', 'EPIPE'].includes(error.code ?? '')) {
        settled = true;
        resolve(send(port, request, authorization, timeoutMs, false));
        return;
      }
      finish(undefined);
    });
    outgoing.end(request.body);
  });
}

/** A request of the fuzzer's own (set-up, checks), not a variant. */
const plain = (method: string, url: string): FuzzRequest => ({
  operation: `${method} ${url}`,
  variant: 'plain',
  kind: 'plain',
  method,
  url,
  headers: {},
});

/** The codes of the exception filter's database safety net (libs/common/src/http/database-errors.ts). */
const DATABASE_CODES =
  /"code":"(CONFLICT|IN_USE|REFERENCE_NOT_FOUND|CONSTRAINT_VIOLATED|VALUE_REQUIRED|INVALID_VALUE)"/;

const hasErrorShape = (body: string): boolean => {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return (
      typeof parsed.statusCode === 'number' &&
      typeof parsed.code === 'string' &&
      /^[A-Z][A-Z0-9_]+$/.test(parsed.code) &&
      typeof parsed.message === 'string' &&
      typeof parsed.requestId === 'string'
    );
  } catch {
    return false;
  }
};

export interface ApiFuzzOptions extends FuzzOptions {
  /** Requests in flight at once within one operation. */
  concurrency: number;
  /** Only operations whose key matches (for a focused run). */
  only?: RegExp;
}

/** The fuzzer's world: records of every kind, in the caseworker's organisation. */
async function buildWorld(api: INestApplication, port: number, admin: Session) {
  const call = async (method: string, path: string, body?: unknown, contentType = 'application/json') => {
    const payload =
      body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const answer = await send(
      port,
      {
        ...plain(method, path),
        headers: payload ? { 'content-type': contentType, 'content-length': String(payload.length) } : {},
        body: payload,
      },
      admin.authorization,
    );
    if (!answer || answer.status >= 300) throw new Error(`setup ${method} ${path}: ${answer?.status} ${answer?.body}`);
    type Row = Record<string, unknown> & { id: string };
    return (answer.body ? JSON.parse(answer.body) : { id: '' }) as Row;
  };
  const tag = randomBytes(3).toString('hex');
  const municipality = await call('POST', '/api/v1/municipalities', {
    code: '751',
    name: `Fuzz Kommune ${tag}`,
    alertEmail: 'varsler@fuzz.dk',
  });
  const spareMunicipality = await call('POST', '/api/v1/municipalities', {
    code: '752',
    name: `Slet Kommune ${tag}`,
    alertEmail: 'slet@fuzz.dk',
  });
  const organisation = await call('POST', '/api/v1/housing-organisations', { name: `Fuzz Bolig ${tag}` });
  const spareOrganisation = await call('POST', '/api/v1/housing-organisations', { name: `Slet Bolig ${tag}` });
  const department = await call('POST', '/api/v1/departments', {
    housingOrganisationId: organisation.id,
    municipalityId: municipality.id,
    number: '1',
    name: 'Fuzz Afdeling',
    address: 'Fuzzvej 1',
  });
  const spareDepartment = await call('POST', '/api/v1/departments', {
    housingOrganisationId: organisation.id,
    municipalityId: municipality.id,
    number: '2',
    name: 'Slet Afdeling',
    address: 'Fuzzvej 2',
  });
  const unit = await call('POST', '/api/v1/probation-units', { name: 'Fuzz KF', contactEmail: 'kf@fuzz.dk' });
  const spareUnit = await call('POST', '/api/v1/probation-units', { name: 'Slet KF', contactEmail: 'kf2@fuzz.dk' });
  const provider = await call('POST', '/api/v1/counselling-providers', { name: 'Fuzz GR', contactEmail: 'gr@fuzz.dk' });
  const spareProvider = await call('POST', '/api/v1/counselling-providers', {
    name: 'Slet GR',
    contactEmail: 'gr2@fuzz.dk',
  });
  const person = await call('POST', '/api/v1/persons', {
    name: 'Fuzz Lejer',
    cpr: '0101701234',
    email: 'lejer@fuzz.dk',
    municipalityId: municipality.id,
    housingOrganisationId: organisation.id,
  });
  const sparePerson = await call('POST', '/api/v1/persons', {
    name: 'Slet Lejer',
    housingOrganisationId: organisation.id,
  });
  const consent = await call('POST', `/api/v1/persons/${person.id}/consents`, {
    purpose: 'municipality-case-details',
    recipientId: municipality.id,
    givenAt: new Date(Date.now() - 60_000).toISOString(),
  });
  const tenancy = await call('POST', '/api/v1/tenancies', {
    departmentId: department.id,
    unit: '1-1',
    address: 'Fuzzvej 1, st. tv.',
    monthlyRentOre: 650_000,
  });
  await call('POST', `/api/v1/tenancies/${tenancy.id}/tenants`, { personId: person.id });
  const registered = await call('POST', `/api/v1/tenancies/${tenancy.id}/arrears`, {
    dueDate: '2026-03-01',
    amountOre: 650_000,
  });
  const caseId = (registered.case as { id: string }).id;
  const upload = await call(
    'POST',
    `/api/v1/arrears-imports?housingOrganisationId=${organisation.id}`,
    'Afdeling;Lejemål;Adresse;Navn;Husleje;Restance;Forfaldsdato\n1;1-2;Fuzzvej 1;Ny Lejer;5.000,00;5.000,00;01-10-2026\n',
    'text/csv',
  );
  const victim = await api.get(UserService).create(null, {
    email: `victim-${tag}@fuzz.dk`,
    name: 'Fuzz Offer',
    role: Role.MunicipalSocialWorker,
    password: TEST_PASSWORD,
    municipalityId: municipality.id,
  });
  return {
    municipality,
    spareMunicipality,
    organisation,
    spareOrganisation,
    department,
    spareDepartment,
    unit,
    spareUnit,
    provider,
    spareProvider,
    person,
    sparePerson,
    consent,
    tenancy,
    caseId,
    importId: upload.id,
    victimId: victim.id,
  };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

/** Real values for every path parameter and id field, so a variant changes one thing only. */
function valuesFor(world: World, refreshToken: string): FuzzValues {
  const destructive = (operation: FuzzOperation) =>
    operation.method === 'DELETE' || /\/(erasure|disable)$/.test(operation.path);
  return {
    pathParam(operation, name) {
      const spare = destructive(operation);
      if (name === 'consentId') return world.consent.id as string;
      if (name === 'email') return world.municipality.alertEmail as string;
      const resource = operation.path.split('/{')[0]!.split('/').pop();
      switch (resource) {
        case 'municipalities':
          return (spare ? world.spareMunicipality.code : world.municipality.code) as string;
        case 'housing-organisations':
          return spare ? world.spareOrganisation.id : world.organisation.id;
        case 'departments':
          return spare ? world.spareDepartment.id : world.department.id;
        case 'probation-units':
          return spare ? world.spareUnit.id : world.unit.id;
        case 'counselling-providers':
          return spare ? world.spareProvider.id : world.provider.id;
        case 'persons':
          return spare ? world.sparePerson.id : world.person.id;
        case 'users':
          return world.victimId;
        case 'tenancies':
          return world.tenancy.id;
        case 'cases':
          return world.caseId;
        case 'arrears-imports':
          return world.importId;
        default:
          // Inbox items and notifications: an id of nothing (still a well-formed one).
          return '7d4f1c52-9a8e-4b6a-8f3e-2c1d0b9a8e7f';
      }
    },
    field(_operation, name) {
      switch (name) {
        case 'departmentId':
          return world.department.id;
        case 'departmentIds':
          return [world.department.id];
        case 'housingOrganisationId':
          return world.organisation.id;
        case 'municipalityId':
        case 'recipientId':
          return world.municipality.id;
        case 'personId':
          return world.sparePerson.id;
        case 'probationUnitId':
          return world.unit.id;
        case 'counsellingProviderId':
          return world.provider.id;
        case 'caseId':
          return world.caseId;
        case 'refreshToken':
          return refreshToken;
        default:
          return undefined;
      }
    },
    body(operation) {
      switch (operation.key) {
        case 'POST /api/v1/auth/login':
          return { email: 'nobody@fuzz.dk', password: 'wrong-password' };
        case 'POST /api/v1/auth/password':
          return { currentPassword: TEST_PASSWORD, newPassword: 'another-long-password-2026' };
        case 'PATCH /api/v1/persons/{id}':
          return { version: 1, name: 'Fuzz Lejer' };
        case 'POST /api/v1/persons/search':
          return { name: 'Fuzz' };
        case 'POST /api/v1/cases/{id}/transitions':
          return {
            version: 1,
            type: 'send_payment_demand',
            sentOn: '2026-03-10',
            receivedOn: '2026-03-11',
            deliveryMethod: 'registered',
            feeOre: 0,
          };
        case 'PUT /api/v1/cooperation-agreements':
          return {
            municipalityId: world.municipality.id,
            housingOrganisationId: world.organisation.id,
            enabledWarnings: ['arrears-registered'],
            arrearsThresholdOre: 100,
            evictionReminderBusinessDays: 5,
            validFrom: '2026-01-01',
          };
        case 'POST /api/v1/users':
          return {
            email: `new-${randomBytes(3).toString('hex')}@fuzz.dk`,
            name: 'Ny Bruger',
            role: 'housing_caseworker',
            password: 'fuzz-password-2026',
            housingOrganisationId: world.organisation.id,
          };
        default:
          return undefined;
      }
    },
  };
}

/** Records whose writes carry the version the caller read (409 STALE_VERSION otherwise). */
const VERSIONED: Record<string, string> = {
  'PATCH /api/v1/persons/{id}': 'person',
  'POST /api/v1/cases/{id}/transitions': 'arrears_case',
};

/**
 * The variant with the record's current version in place of the baseline's `"version":1`, so
 * it meets the service's rules rather than stopping at STALE_VERSION after the first success.
 */
async function withCurrentVersion(
  dataSource: DataSource,
  operation: FuzzOperation,
  request: FuzzRequest,
  id: string,
): Promise<FuzzRequest> {
  const table = VERSIONED[operation.key];
  const text = request.body?.toString('utf8');
  if (!table || !text?.includes('"version":1')) return request;
  const [row] = await dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  if (!row) return request;
  const body = Buffer.from(text.replace('"version":1', `"version":${row.version}`));
  return { ...request, body, headers: { ...request.headers, 'content-length': String(body.length) } };
}

/** Boots nothing: `api` must already listen. Returns every request's outcome. */
export async function runApiFuzz(api: INestApplication, options: ApiFuzzOptions): Promise<FuzzResult> {
  const port = (api.getHttpServer().address() as AddressInfo).port;
  const users = api.get(UserService);
  const auth = api.get(AuthService);
  const dataSource = api.get(DataSource);
  // Sessions are made in-process without a source address: the fuzzed login route trips the
  // per-address throttle for 127.0.0.1, which must not lock the fuzzer itself out.
  const newSession = async (role: Role, scope: Partial<CreateUser>): Promise<Session & { refreshToken: string }> => {
    const email = `fuzz-${role.replace(/_/g, '-')}-${randomBytes(4).toString('hex')}@fuzz.dk`;
    await users.create(null, { email, name: `Fuzz ${role}`, role, password: TEST_PASSWORD, ...scope });
    const pair = await auth.login(email, TEST_PASSWORD, null, 'fuzz');
    return { email, authorization: `Bearer ${pair.accessToken}`, refreshToken: pair.refreshToken };
  };

  const adminSession = await newSession(Role.Administrator, {});
  const world = await buildWorld(api, port, adminSession);
  // A session of its own for the refresh route: reusing its token revokes only that family.
  const values = valuesFor(
    world,
    (await newSession(Role.Manager, { housingOrganisationId: world.organisation.id })).refreshToken,
  );

  const callers: Caller[] = [
    { name: 'administrator', role: Role.Administrator, scope: {}, session: adminSession },
    {
      name: 'housing_caseworker',
      role: Role.HousingCaseworker,
      scope: { housingOrganisationId: world.organisation.id },
    },
    { name: 'anonymous', scope: {} },
  ];
  const ensureSession = async (caller: Caller) => {
    if (!caller.role) return;
    if (caller.session) {
      const me = await send(port, plain('GET', '/api/v1/me'), caller.session.authorization);
      if (me?.status === 200) return;
    }
    // The operation ended the session (logout, password change): carry on with a fresh one.
    caller.session = await newSession(caller.role, caller.scope);
  };

  const document = JSON.parse((await send(port, plain('GET', '/docs-json')))!.body) as OpenApiDocument;
  // Destructive operations last, so the others meet the world intact.
  const operations = fuzzOperations(document)
    .filter((op) => !options.only || options.only.test(op.key))
    .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));

  const result: FuzzResult = {
    requests: 0,
    operations: operations.length,
    failures: [],
    shapeless: [],
    refusedByDatabase: [],
    statuses: {},
  };
  for (const operation of operations) {
    const requests = fuzzRequests(operation, values, options);
    for (const caller of callers) {
      // Without a token a protected route stops at the guard; only what comes before it (the
      // body parser, its limits) is worth sending there.
      const mine =
        caller.role || operation.isPublic
          ? requests
          : requests.filter((r) => ['depth', 'huge', 'content type', 'authorization'].includes(r.kind));
      await ensureSession(caller);
      const queue = [...mine];
      const worker = async () => {
        for (let request = queue.shift(); request; request = queue.shift()) {
          const prepared = await withCurrentVersion(dataSource, operation, request, values.pathParam(operation, 'id'));
          const answer = await send(port, prepared, caller.session?.authorization);
          result.requests++;
          const status: FuzzFailure['status'] = answer?.status ?? 'no answer';
          result.statuses[String(status)] = (result.statuses[String(status)] ?? 0) + 1;
          const failure: FuzzFailure = {
            operation: operation.key,
            variant: request.variant,
            caller: caller.name,
            status,
            body: (answer?.body ?? '').slice(0, 500),
          };
          if (!answer || answer.status >= 500) result.failures.push(failure);
          else if (answer.status >= 400 && !hasErrorShape(answer.body)) result.shapeless.push(failure);
          else if (DATABASE_CODES.test(answer.body)) result.refusedByDatabase.push(failure);
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
      await ensureSession(caller);
    }
  }
  return result;
}

/** The failures, one line each, for a test's or benchmark's output. */
export function describeFailures(failures: FuzzFailure[], limit = 200): string {
  const lines = failures
    .slice(0, limit)
    .map((f) => `${f.operation} [${f.caller}] ${f.variant} -> ${f.status} ${f.body.replace(/\s+/g, ' ')}`);
  if (failures.length > limit) lines.push(`… and ${failures.length - limit} more`);
  return lines.join('\n');
}

/** The health route and a plain authenticated read, after the storm. */
export async function stillAnswers(api: INestApplication): Promise<{ health: number; read: number }> {
  const port = (api.getHttpServer().address() as AddressInfo).port;
  const email = `after-${randomBytes(4).toString('hex')}@fuzz.dk`;
  await api.get(UserService).create(null, { email, name: 'After', role: Role.Administrator, password: TEST_PASSWORD });
  const pair = await api.get(AuthService).login(email, TEST_PASSWORD, null, 'fuzz');
  const health = await send(port, plain('GET', '/health'));
  const read = await send(port, plain('GET', '/api/v1/municipalities'), `Bearer ${pair.accessToken}`);
  return { health: health?.status ?? 0, read: read?.status ?? 0 };
}

export function closeFuzzAgent(): void {
  agent.destroy();
}
