// The load of the API latency benchmark, in a plain Node process (not inside Jest's module
// sandbox, which slows JavaScript down, so the client is not what limits the faster floor):
//   node load.mjs <spec.json>
// spec: { url, connections, seconds, kind, token?, tenancyIds? } with kind one of
//   register      POST /api/v1/tenancies/:id/arrears, tenancy, due date and amount varied per request
//   bare-insert   POST /bare/insert with the same bodies
//   case-list     GET /api/v1/cases?limit=20
//   bare-select   GET /bare/select
// Prints one JSON line: requests answered per second, latency percentiles (ms), and every
// answer that was not a 2xx (by status) or no answer at all (errors, timeouts).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
/** Due dates the load registers; a tenancy seeded with an open case has the month before the first. */
const DUE_DATES = ['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'];

/**
 * Tenancy, due date and amount of the i-th registration, reproducible: tenancies spread at random
 * (concurrent requests rarely meet on one tenancy, whose row lock would serialise them: the
 * register-arrears load bench measures that race), due dates and amounts varied, so most
 * registrations book a rent charge or a correction and raise a warning.
 */
function registration(i) {
  const tenancy = Math.imul(i + 1, 2654435761) >>> 0;
  const spread = Math.imul(i + 1, 2246822519) >>> 0;
  return {
    tenancyId: spec.tenancyIds[tenancy % spec.tenancyIds.length],
    dueDate: DUE_DATES[(spread >>> 16) % DUE_DATES.length],
    amountOre: 100_000 + ((i * 7919) % 9_000) * 100,
  };
}

let sent = 0;
const statuses = {};
const request = {
  register: {
    method: 'POST',
    setupRequest: (req) => {
      const { tenancyId, ...body } = registration(sent++);
      return { ...req, path: `/api/v1/tenancies/${tenancyId}/arrears`, body: JSON.stringify(body) };
    },
  },
  'bare-insert': {
    method: 'POST',
    setupRequest: (req) => ({ ...req, path: '/bare/insert', body: JSON.stringify(registration(sent++)) }),
  },
  'case-list': { method: 'GET', path: '/api/v1/cases?limit=20' },
  'bare-select': { method: 'GET', path: '/bare/select' },
}[spec.kind];
if (!request) throw new Error(`unknown load ${spec.kind}`);

const result = await autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.seconds,
  timeout: 30,
  headers: {
    'content-type': 'application/json',
    ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}),
  },
  requests: [
    {
      ...request,
      onResponse: (status) => {
        if (status < 200 || status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
      },
    },
  ],
});

console.log(
  JSON.stringify({
    answered: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  }),
);
