import fc from 'fast-check';

/**
 * Malformed requests generated from the OpenAPI document the API serves (`/docs-json`). Each
 * operation gets a valid baseline and variants that break one thing at a time: the body's
 * shape, size, depth and content type, each field's type and text, each path and query
 * parameter. Nothing here knows this application: what a valid id or body is comes from a
 * `FuzzValues` the caller supplies.
 */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  $ref?: string;
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OpenApiOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzOperation {
  /** `METHOD /path/{param}`, as the OpenAPI document spells the path. */
  key: string;
  method: string;
  path: string;
  /** No security requirement: callable without a token. */
  isPublic: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  contentTypes: string[];
  /** The JSON body's schema with `$ref`s resolved, when the operation takes JSON. */
  bodySchema?: Schema;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function resolve(document: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(document, document.components?.schemas?.[name], depth + 1);
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolve(document, part, depth + 1) ?? {});
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  if (schema.properties) {
    const properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, s]) => [name, resolve(document, s, depth + 1) ?? {}]),
    );
    return { ...schema, properties };
  }
  if (schema.items) return { ...schema, items: resolve(document, schema.items, depth + 1) };
  return schema;
}

/** Every operation of the document, in document order. */
export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const content = operation.requestBody?.content ?? {};
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          isPublic: !operation.security || operation.security.length === 0,
          pathParams: parameters.filter((p) => p.in === 'path'),
          queryParams: parameters.filter((p) => p.in === 'query'),
          headerParams: parameters.filter((p) => p.in === 'header'),
          contentTypes: Object.keys(content),
          bodySchema: content['application/json'] ? resolve(document, content['application/json'].schema) : undefined,
        };
      }),
  );
}

/** What a valid request of an operation looks like; the fuzzer breaks it one piece at a time. */
export interface FuzzValues {
  /** A real value (unencoded) for a path parameter, so variants reach past the lookup. */
  pathParam(operation: FuzzOperation, name: string): string;
  /** A real value for a body field that names a record (`departmentId`), or undefined. */
  field?(operation: FuzzOperation, name: string): unknown;
  /** The whole valid body, where the schema alone cannot say (conditional fields, real ids). */
  body?(operation: FuzzOperation): Record<string, unknown> | undefined;
}

export interface FuzzRequest {
  operation: string;
  /** What was broken, e.g. `body.name: NUL` or `path.id: not a uuid`. */
  variant: string;
  /** The class of the variant (for sampling): every class is tried at least once per operation. */
  kind: string;
  method: string;
  /** Path and query, percent-encoded as sent. */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface FuzzOptions {
  seed: number;
  /**
   * Per operation and variant class, how many variants to keep (chosen by the seed); Infinity
   * keeps all. Classes with one variant are always kept.
   */
  perKind: number;
  /** Random JSON values tried per field and as whole bodies (fast-check, from the seed). */
  randomValues: number;
}

/** A value spliced into the JSON text as-is (numbers JSON.stringify cannot write). */
class RawJson {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return v;
  });
  return (text ?? '').replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]!);
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const RANDOM_UUID = '7d4f1c52-9a8e-4b6a-8f3e-2c1d0b9a8e7f';
const DATE_NAME = /(date|On|From|To|At)$/;

/** A plausible valid value for a field, from its schema, name and the caller's values. */
function validValue(operation: FuzzOperation, name: string, schema: Schema, values: FuzzValues): unknown {
  const known = values.field?.(operation, name);
  if (known !== undefined) return known;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'number':
    case 'integer':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array':
      return [validValue(operation, name, schema.items ?? { type: 'string' }, values)];
    case 'object':
      if (schema.properties) return baselineBody(operation, schema, values);
      if (schema.format === 'date') return '2026-12-31';
      return {};
    default:
      if (schema.format === 'uuid') return RANDOM_UUID;
      if (schema.format === 'date-time') return '2026-01-15T10:00:00.000Z';
      if (schema.format === 'date' || DATE_NAME.test(name)) return '2026-03-02';
      if (/email/i.test(name)) return 'fuzz@example.dk';
      if (/password/i.test(name)) return 'fuzz-password-2026';
      return 'fuzz';
  }
}

function baselineBody(operation: FuzzOperation, schema: Schema, values: FuzzValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(name) ?? false;
    if (required || property.example !== undefined || values.field?.(operation, name) !== undefined) {
      body[name] = validValue(operation, name, property, values);
    }
  }
  return body;
}

function isTextual(schema: Schema): boolean {
  return (
    schema.type === 'string' || schema.type === undefined || (schema.type === 'array' && isTextual(schema.items ?? {}))
  );
}

const isNumeric = (schema: Schema) => schema.type === 'number' || schema.type === 'integer';

/** Strings that break text in PostgreSQL, URIs and JavaScript's Unicode handling. */
const BAD_TEXT: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'fuzz\ud800'],
  ['lone low surrogate', '\udfffuzz'],
  ['lone surrogate in an email', 'a\ud800@example.dk'],
  ['control characters', '\u0001\u0008\u001b[31m'],
  ['bidi override', '\u202eevil'],
];

const BAD_NUMBERS: [string, unknown][] = [
  ['negative', -1],
  ['zero', 0],
  ['fraction', 1.5],
  ['int32 overflow', 2_147_483_648],
  ['int64 overflow', new RawJson('9223372036854775808')],
  ['unsafe integer', new RawJson('9007199254740993')],
  ['1e308', 1e308],
  ['1e400 (Infinity)', new RawJson('1e400')],
  ['-1e400', new RawJson('-1e400')],
  ['negative huge', -1e20],
  ['numeric string', '12'],
];

const BAD_DATES: [string, string][] = [
  ['Feb 30', '2026-02-30'],
  ['year 0', '0000-01-01'],
  ['first day of year 1', '0001-01-01'],
  ['last day of year 9999', '9999-12-31'],
  ['year 9999 end', '9999-12-31T23:59:59.999Z'],
  ['far future', '+275760-09-13T00:00:00.000Z'],
  ['far past', '-271821-04-20T00:00:00.000Z'],
  ['year 10000', '10000-01-01'],
  ['epoch', '1970-01-01T00:00:00Z'],
  ['no zone', '2026-03-01T10:00:00'],
  ['week date', '2026-W10-1'],
  ['ordinal date', '2026-060'],
];

function wrongTypes(schema: Schema): [string, unknown][] {
  const valid: unknown = schema.type === 'array' ? ['x'] : 'x';
  return [
    ['number', 12345],
    ['string', 'not-the-type'],
    ['boolean', false],
    ['object', { a: 1 }],
    ['array for scalar', [valid]],
    ['array of arrays', [[valid]]],
    ['empty string', ''],
    ['empty array', []],
  ];
}

/** An unsigned JWT (`alg: none`) claiming to be an administrator. */
function jwtNone(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: RANDOM_UUID, role: 'administrator', exp: 4102444800 })}.`;
}

/** `[[[…]]]` nested `depth` levels, balanced. */
export function deepArray(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function deepObject(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Forged pagination cursors: wrong encoding, wrong JSON, wrong shapes of key and id. */
export function forgedCursors(): [string, string][] {
  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  return [
    ['not base64', '!!!***'],
    ['random base64', 'dGhpcyBpcyBub3QgYSBjdXJzb3I'],
    ['JSON object', b64('{"key":"a","id":"b"}')],
    ['JSON numbers', b64('[1,2]')],
    ['id not a uuid', b64('["Aarhus","not-a-uuid"]')],
    ['key not a timestamp', b64(`["yesterday","${RANDOM_UUID}"]`)],
    ['timestamp out of range', b64(`["2026-13-45 99:99:99+00","${RANDOM_UUID}"]`)],
    ['NUL in key', b64(`["a\\u0000b","${RANDOM_UUID}"]`)],
    ['lone surrogate in key', b64(`["\\ud800","${RANDOM_UUID}"]`)],
    ['huge integer', b64('99999999999999999999')],
    ['negative integer', b64('-5')],
    ['int32 overflow', b64('2147483648')],
    ['empty', ''],
    ['well-formed zero uuid', b64(`["2026-01-01 00:00:00+00","${ZERO_UUID}"]`)],
    ['ledger line of an impossible day', b64('["2026-02-31","42"]')],
    ['ledger line id over bigint', b64('["2026-03-01","99999999999999999999"]')],
    ['timeline line id not a number', b64('["timeline","x"]')],
  ];
}

/** Percent-encodes text as UTF-8, except lone surrogates, which go out as their raw 3 bytes. */
export function encodeComponent(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16).toUpperCase()}%${(0x80 | ((code >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`;
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** Raw (already encoded) path segments that must never reach the database as they are. */
const BAD_PATH_SEGMENTS: [string, string][] = [
  ['not a uuid', 'not-a-uuid'],
  ['zero uuid', ZERO_UUID],
  ['unknown uuid', RANDOM_UUID],
  ['NUL', 'a%00b'],
  ['lone surrogate bytes', '%ED%A0%80'],
  ['invalid UTF-8', '%FF%FE'],
  ['bare percent', '%'],
  ['encoded slash', '..%2F..%2Fetc'],
  ['dot dot', '..'],
  ['very long', 'x'.repeat(4000)],
  ['emoji', '%F0%9F%98%80'],
  ['negative number', '-1'],
  ['huge number', '1e400'],
  ['spaces', 'a%20b'],
  ['uuid with braces', `%7B${RANDOM_UUID}%7D`],
];

interface Parts {
  path: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  body?: Buffer;
}

class Builder {
  readonly requests: FuzzRequest[] = [];

  constructor(
    private readonly operation: FuzzOperation,
    private readonly base: Parts,
  ) {}

  add(kind: string, variant: string, change: (parts: Parts) => void): void {
    const parts: Parts = {
      path: { ...this.base.path },
      query: [...this.base.query],
      headers: { ...this.base.headers },
      body: this.base.body,
    };
    change(parts);
    let path = this.operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => parts.path[name] ?? '');
    if (parts.query.length > 0) path += `?${parts.query.map(([k, v]) => `${k}=${v}`).join('&')}`;
    const headers = { ...parts.headers };
    if (parts.body !== undefined && headers['content-length'] === undefined) {
      headers['content-length'] = String(parts.body.length);
    }
    this.requests.push({
      operation: this.operation.key,
      variant,
      kind,
      method: this.operation.method,
      url: path,
      headers,
      body: parts.body,
    });
  }
}

const json = (text: string) => Buffer.from(text, 'utf8');

/** A small deterministic PRNG (mulberry32), so a seed always gives the same run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Every variant of one operation, then thinned per class as `options` says. */
export function fuzzRequests(operation: FuzzOperation, values: FuzzValues, options: FuzzOptions): FuzzRequest[] {
  const seed = (options.seed ^ hash(operation.key)) >>> 0;
  const path = Object.fromEntries(
    operation.pathParams.map((p) => [p.name, encodeComponent(values.pathParam(operation, p.name))]),
  );
  const validBody = operation.bodySchema
    ? (values.body?.(operation) ?? baselineBody(operation, operation.bodySchema, values))
    : undefined;
  const headers: Record<string, string> = validBody ? { 'content-type': 'application/json' } : {};
  const b = new Builder(operation, { path, query: [], headers, body: validBody ? json(toJson(validBody)) : undefined });
  const randomJson = (salt: number) =>
    fc.sample(fc.jsonValue({ maxDepth: 4 }), { seed: (seed + salt) | 0, numRuns: options.randomValues });

  b.add('valid', 'valid', () => undefined);

  // Path parameters.
  for (const parameter of operation.pathParams) {
    for (const [what, raw] of BAD_PATH_SEGMENTS) {
      b.add('path', `path.${parameter.name}: ${what}`, (p) => (p.path[parameter.name] = raw));
    }
    b.add('path', `path.${parameter.name}: upper case`, (p) => {
      p.path[parameter.name] = p.path[parameter.name]!.toUpperCase();
    });
  }

  // Query parameters.
  const query = (name: string, value: string) => (p: Parts) => {
    p.query = p.query.filter(([k]) => k !== name);
    p.query.push([name, value]);
  };
  for (const parameter of operation.queryParams) {
    const q = parameter.name;
    const schema = parameter.schema ?? {};
    const cases: [string, string][] = [
      ['NUL', 'a%00b'],
      ['lone surrogate bytes', '%ED%A0%80'],
      ['invalid UTF-8', '%FF'],
      ['bare percent', '%'],
      ['empty', ''],
      ['very long', 'x'.repeat(8000)],
      ['not a uuid', 'not-a-uuid'],
      ['bracket key', 'x'],
    ];
    if (isNumeric(schema)) {
      cases.push(['negative', '-1'], ['zero', '0'], ['fraction', '1.5'], ['huge', '99999999999999999999']);
      cases.push(['1e400', '1e400'], ['NaN', 'NaN'], ['hex', '0x10'], ['text', 'abc']);
    }
    if (schema.type === 'boolean') cases.push(['not a boolean', 'maybe'], ['one', '1']);
    if (schema.enum || schema.items?.enum) cases.push(['unknown enum', 'bogus'], ['list with empty', 'a,,b']);
    for (const [what, raw] of cases) {
      if (what === 'bracket key') {
        b.add('query', `query.${q}[a]`, (p) => p.query.push([`${q}%5Ba%5D`, raw]));
      } else {
        b.add('query', `query.${q}: ${what}`, query(q, raw));
      }
    }
    b.add('query', `query.${q}: repeated`, (p) => p.query.push([q, '1'], [q, '2']));
    if (q === 'cursor') {
      for (const [what, raw] of forgedCursors()) b.add('cursor', `query.cursor: ${what}`, query(q, raw));
    }
  }
  b.add('query', 'query: unknown parameter', (p) => p.query.push(['unexpected', '1']));
  b.add('query', 'query: NUL in a parameter name', (p) => p.query.push(['a%00b', '1']));

  // Headers that every route reads.
  b.add('header', 'header Accept-Language: junk', (p) => {
    p.headers['accept-language'] = 'en;q=abc, *;q=-1, da;q=1e400';
  });
  b.add('header', 'header X-Request-Id: junk', (p) => (p.headers['x-request-id'] = '../../etc/passwd'));
  if (operation.headerParams.some((h) => h.name.toLowerCase() === 'idempotency-key')) {
    b.add('header', 'header Idempotency-Key: too short', (p) => (p.headers['idempotency-key'] = 'x'));
    b.add('header', 'header Idempotency-Key: very long', (p) => {
      p.headers['idempotency-key'] = 'k'.repeat(5000);
    });
    // The same key twice, the second time for another request: a replay, then a refusal.
    const key = `fuzz-${hash(operation.key).toString(36)}-${seed.toString(36)}`;
    b.add('idempotency', 'header Idempotency-Key: first use', (p) => (p.headers['idempotency-key'] = key));
    b.add('idempotency', 'header Idempotency-Key: reused for another request', (p) => {
      p.headers['idempotency-key'] = key;
      p.query.push(['other', '1']);
    });
  }
  // Authorization the guard must refuse as 401, whoever the caller is.
  const authorizations: [string, string][] = [
    ['not a JWT', 'Bearer not-a-jwt'],
    ['a JWT signed with alg none', `Bearer ${jwtNone()}`],
    ['a JWT with a payload that is not JSON', `Bearer eyJhbGciOiJIUzI1NiJ9.${'bm90IGpzb24'}.c2ln`],
    ['a very long token', `Bearer ${'a'.repeat(8000)}`],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
    ['an empty bearer', 'Bearer '],
  ];
  for (const [what, value] of authorizations) {
    b.add('authorization', `header Authorization: ${what}`, (p) => (p.headers.authorization = value));
  }

  // Bodies: shape, size, depth, content type. Sent to every operation, body or not.
  const bodyText =
    (text: string, contentType = 'application/json') =>
    (p: Parts) => {
      p.body = json(text);
      p.headers['content-type'] = contentType;
    };
  const shapes: [string, string][] = [
    ['null', 'null'],
    ['empty object', '{}'],
    ['array', '[]'],
    ['string', '"fuzz"'],
    ['number', '42'],
    ['true', 'true'],
    ['malformed', '{"a": '],
    ['trailing garbage', '{} x'],
    ['empty', ''],
    ['BOM', '\ufeff{}'],
    ['duplicate keys', '{"a":1,"a":2}'],
    ['__proto__', '{"__proto__":{"polluted":true}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"polluted":true}}}'],
    ['NUL in a key', '{"a\\u0000b":1}'],
    ['lone surrogate in a key', '{"\\ud800":1}'],
  ];
  if (validBody) shapes.push(['array of the valid body', `[${toJson(validBody)}]`]);
  for (const [what, text] of shapes) b.add('body shape', `body: ${what}`, bodyText(text));
  b.add('depth', 'body: 32 levels of arrays', bodyText(deepArray(32)));
  b.add('depth', 'body: 33 levels of arrays', bodyText(deepArray(33)));
  b.add('depth', 'body: 40 levels of objects', bodyText(deepObject(40)));
  b.add('huge', 'body: 1 MB of nested arrays', bodyText(deepArray(500_000)));
  b.add('huge', 'body: 1 MB of unclosed arrays', bodyText('['.repeat(1_000_000)));
  b.add('huge', 'body: 1 MB of nested objects', bodyText(deepObject(170_000)));
  b.add('depth', 'body: deep inside a string (not nesting)', bodyText(`{"a":"${'['.repeat(100)}"}`));
  b.add('huge', 'body: 2 MB', bodyText(`{"a":"${'x'.repeat(2_000_000)}"}`));
  b.add(
    'huge',
    'body: 100,000 keys',
    bodyText(`{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":1`).join(',')}}`),
  );
  b.add('huge', 'body: 200,000-element array', bodyText(`[${Array(200_000).fill('1').join(',')}]`));
  const contentTypes: [string, string, string][] = [
    ['text/plain', 'text/plain', '{}'],
    ['form', 'application/x-www-form-urlencoded', 'a=1&b=2'],
    ['multipart without boundary', 'multipart/form-data', '--x\r\n'],
    [
      'multipart, unterminated',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1',
    ],
    ['xml', 'application/xml', '<a/>'],
    ['json charset latin1', 'application/json; charset=latin1', '{}'],
    ['json charset utf-7', 'application/json; charset=utf-7', '{}'],
    ['json charset bogus', 'application/json; charset=bogus', '{}'],
    ['vendor json', 'application/vnd.api+json', '{}'],
    ['bad content type', '/;;;', '{}'],
    ['text/csv', 'text/csv', 'a;b\n1;2\n'],
  ];
  for (const [what, type, text] of contentTypes) {
    b.add('content type', `Content-Type: ${what}`, bodyText(validBody ? toJson(validBody) : text, type));
  }
  b.add('content type', 'Content-Type: JSON in UTF-16', (p) => {
    p.body = Buffer.from(validBody ? toJson(validBody) : deepArray(40), 'utf16le');
    p.headers['content-type'] = 'application/json; charset=utf-16le';
  });
  b.add('content type', 'Content-Type: deep JSON in UTF-16', (p) => {
    p.body = Buffer.from(deepArray(40), 'utf16le');
    p.headers['content-type'] = 'application/json; charset=utf-16le';
  });
  b.add('content type', 'no Content-Type', (p) => {
    p.body = json(validBody ? toJson(validBody) : '{}');
    delete p.headers['content-type'];
  });
  for (const encoding of ['gzip', 'deflate', 'br', 'x-unknown']) {
    b.add('content type', `Content-Encoding: ${encoding}, not encoded`, (p) => {
      p.body = json(validBody ? toJson(validBody) : '{}');
      p.headers['content-type'] = 'application/json';
      p.headers['content-encoding'] = encoding;
    });
  }
  randomJson(1).forEach((value, i) => b.add('body random', `body: random JSON #${i}`, bodyText(toJson(value))));

  // Fields of the JSON body, one at a time.
  if (validBody && operation.bodySchema?.properties) {
    const withField = (name: string, value: unknown) => bodyText(toJson({ ...validBody, [name]: value }));
    for (const [name, schema] of Object.entries(operation.bodySchema.properties)) {
      const f = `body.${name}`;
      b.add('field:null', `${f}: null`, withField(name, null));
      if (operation.bodySchema.required?.includes(name)) {
        b.add('field:missing', `${f}: missing`, (p) => {
          const { [name]: _dropped, ...rest } = validBody;
          bodyText(toJson(rest))(p);
        });
      }
      for (const [what, value] of wrongTypes(schema))
        b.add('field:wrong type', `${f}: ${what}`, withField(name, value));
      if (isTextual(schema)) {
        for (const [what, text] of BAD_TEXT) {
          const value = schema.type === 'array' ? [text] : text;
          b.add('field:bad text', `${f}: ${what}`, withField(name, value));
        }
        if (/email/i.test(name)) {
          b.add('field:bad text', `${f}: upper-case email`, withField(name, 'Fuzz.Upper@Example.DK'));
          b.add('field:bad text', `${f}: email with spaces`, withField(name, ' fuzz@example.dk '));
        }
        b.add('field:string size', `${f}: 300,000 characters`, withField(name, 'x'.repeat(300_000)));
        b.add('field:string size', `${f}: 5,000 characters`, withField(name, 'x'.repeat(5_000)));
        b.add('field:string size', `${f}: only spaces`, withField(name, '   '));
      }
      // Every other value of an enum: conditional rules (a transition's type) open other paths.
      for (const value of schema.enum ?? schema.items?.enum ?? []) {
        b.add(
          'field:enum',
          `${f}: ${JSON.stringify(value)}`,
          withField(name, schema.type === 'array' ? [value] : value),
        );
      }
      if (isNumeric(schema)) {
        for (const [what, value] of BAD_NUMBERS) b.add('field:number', `${f}: ${what}`, withField(name, value));
      }
      if (schema.type === 'string' && (schema.format?.startsWith('date') || DATE_NAME.test(name))) {
        for (const [what, value] of BAD_DATES) b.add('field:date', `${f}: ${what}`, withField(name, value));
      }
      if (schema.type === 'array') {
        b.add(
          'field:array',
          `${f}: 10,000 elements`,
          withField(name, Array(10_000).fill(validValue(operation, name, schema.items ?? {}, values))),
        );
        b.add('field:array', `${f}: [null]`, withField(name, [null]));
      }
      b.add(
        'field:deep',
        `${f}: 40 levels deep`,
        bodyText(toJson({ ...validBody, [name]: 0 }).replace(`"${name}":0`, `"${name}":${deepArray(40)}`)),
      );
      randomJson(hash(name)).forEach((value, i) =>
        b.add('field:random', `${f}: random JSON #${i}`, withField(name, value)),
      );
    }
    b.add('field:whole', 'body: an unknown field', bodyText(toJson({ ...validBody, unexpected: 1 })));
    b.add(
      'field:whole',
      'body: every field null',
      bodyText(toJson(Object.fromEntries(Object.keys(operation.bodySchema.properties).map((n) => [n, null])))),
    );
  }

  return thin(b.requests, options, seed);
}

/** Keeps every class, and at most `perKind` variants of each, chosen by the seed. */
function thin(requests: FuzzRequest[], options: FuzzOptions, seed: number): FuzzRequest[] {
  if (options.perKind === Infinity) return requests;
  const random = prng(seed);
  const byKind = new Map<string, FuzzRequest[]>();
  for (const request of requests) byKind.set(request.kind, [...(byKind.get(request.kind) ?? []), request]);
  const kept = new Set<FuzzRequest>();
  for (const group of byKind.values()) {
    const pool = [...group];
    for (let i = 0; i < Math.min(options.perKind, group.length); i++) {
      kept.add(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    }
  }
  return requests.filter((r) => kept.has(r));
}
