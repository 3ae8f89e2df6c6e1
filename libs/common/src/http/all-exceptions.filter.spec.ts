import { BadRequestException, Logger, type ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

/** Just enough of Express's request and response for the filter. */
function answer(exception: unknown, language = 'en'): { status: number; body: Record<string, unknown> } {
  const sent: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
  const response = {
    headersSent: false,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
    },
  };
  const request = { headers: { 'accept-language': language }, id: 'req-12345678' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) };
  new AllExceptionsFilter().catch(exception, host as unknown as ArgumentsHost);
  return sent;
}

/** A refused INSERT as TypeORM reports it: pg's message and detail quote the row's values. */
const refused = (code: string, query = 'INSERT INTO "person" ("name") VALUES ($1)') =>
  Object.assign(new Error('duplicate key value violates unique constraint "uq_person": "Jens Jensen"'), {
    name: 'QueryFailedError',
    query,
    parameters: ['Jens Jensen', 'jens@example.dk'],
    driverError: {
      code,
      severity: 'ERROR',
      detail: 'Key (email)=(jens@example.dk) already exists.',
      constraint: 'uq_person',
    },
  });

describe('AllExceptionsFilter', () => {
  // The 500 case logs the error in full: not wanted in the test output.
  beforeAll(() => Logger.overrideLogger(false));

  it.each([
    ['23505', 409, 'CONFLICT'],
    ['23503', 400, 'REFERENCE_NOT_FOUND'],
    ['23514', 400, 'CONSTRAINT_VIOLATED'],
    ['23502', 400, 'VALUE_REQUIRED'],
    ['22P02', 400, 'INVALID_VALUE'],
    ['22021', 400, 'INVALID_VALUE'],
  ])('answers a database refusal %s as %i %s, without a value from the database', (sqlState, status, code) => {
    const { status: sentStatus, body } = answer(refused(sqlState));
    expect(sentStatus).toBe(status);
    expect(Object.keys(body).sort()).toEqual(['code', 'details', 'message', 'requestId', 'statusCode']);
    expect(body.details).toEqual([]);
    expect(body).toMatchObject({ statusCode: status, code, requestId: 'req-12345678' });
    expect(JSON.stringify(body)).not.toMatch(/Jens|jens@example|uq_person|Key \(/);
  });

  it('says it in Danish by default', () => {
    expect(answer(refused('23505'), '').body.message).toBe(
      'Oplysningerne strider mod noget, der allerede er registreret. Hent de nyeste oplysninger og prøv igen.',
    );
  });

  it('answers deleting a row still referenced as 409 IN_USE', () => {
    expect(answer(refused('23503', 'DELETE FROM "municipality" WHERE "id" = $1')).body.code).toBe('IN_USE');
  });

  it('answers a JSON body over the depth limit as 400 JSON_TOO_DEEP', () => {
    const parserError = Object.assign(new Error('too deep'), { status: 400, type: 'entity.too.deep' });
    expect(answer(parserError).body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
  });

  it('answers a path the router cannot percent-decode as 400 INVALID_CHARACTERS', () => {
    const exception = new BadRequestException(undefined, { cause: new URIError("Failed to decode param '%ED%A0%80'") });
    expect(answer(exception)).toEqual({
      status: 400,
      body: expect.objectContaining({
        code: 'INVALID_CHARACTERS',
        details: [expect.objectContaining({ field: 'path' })],
      }),
    });
  });

  it('keeps other database failures (a deadlock) a 500 with only an error id', () => {
    const { status, body } = answer(refused('40P01'));
    expect(status).toBe(500);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/Jens|jens@example/);
  });
});
