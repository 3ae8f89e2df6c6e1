import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AllExceptionsFilter, AppError } from '@app/common';

@Controller('boom')
class BoomController {
  @Get('unexpected')
  unexpected(): never {
    throw new Error('connection to 10.0.0.5 refused; password=hunter2');
  }

  @Get('domain')
  domain(): never {
    throw new AppError('CASE_STAGE_INVALID', 422, { da: 'Forkert trin.', en: 'Wrong stage.' }, { stage: 'x' });
  }
}

@Module({ controllers: [BoomController] })
class BoomModule {}

/** The filter over real HTTP: an unforeseen error shows only its id, never its insides. */
describe('AllExceptionsFilter', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [BoomModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });

  afterAll(async () => app?.close());

  it('returns 500 with an error id and nothing of the error itself', async () => {
    const response = await request(app.getHttpServer()).get('/boom/unexpected').expect(500);
    expect(response.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: expect.stringContaining(response.body.errorId),
      details: [],
      requestId: expect.any(String),
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/hunter2|10\.0\.0\.5|Error:/);
  });

  it('maps a domain error to its status, code, text and details', async () => {
    const response = await request(app.getHttpServer()).get('/boom/domain').set('Accept-Language', 'en').expect(422);
    expect(response.body).toEqual({
      statusCode: 422,
      code: 'CASE_STAGE_INVALID',
      message: 'Wrong stage.',
      // One shape for every code: a list of problems, each with the field, the rule and a message.
      details: [{ field: null, rule: 'CASE_STAGE_INVALID', message: 'Wrong stage.', stage: 'x' }],
      requestId: expect.any(String),
    });
  });
});
