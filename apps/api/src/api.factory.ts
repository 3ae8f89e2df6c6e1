import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication, type NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AllExceptionsFilter,
  assignRequestId,
  createValidationPipe,
  TextSafetyPipe,
  verifyJsonBody,
} from '@app/common';
import { type AppConfig } from '@app/config';
import { assertDatabaseReachable, migrateDatabase } from '@app/database';
import { assertQueueBackendReachable } from '@app/queue';
import { ApiModule } from './api.module.js';
import { FieldProblemResponse } from './common/error.response.js';
import { serveWebApp } from './web/web-app.js';

/**
 * Security headers for every response (helmet). The policy lets the API document (/docs: Swagger
 * UI's own scripts, its inline styles and data: images), the queue board and the web application
 * load only from this origin; nothing may frame the pages, and no referrer leaves them.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Swagger UI, Bull Board and React set style attributes inline.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
});

/**
 * API and board responses carry personal data (or may, in an error's details): no browser,
 * proxy or shared cache may keep them.
 */
function noStore(_request: IncomingMessage, response: ServerResponse, next: () => void): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/** Everything an HTTP request meets before a controller: the same in production and in tests. */
export function configureApi(app: NestExpressApplication, webRoot?: string): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(['/api', '/admin', '/health'], noStore);
  // Before the body parser, so even a malformed body gets a request id in its error.
  app.use((request: IncomingMessage & { id?: string }, response: ServerResponse, next: () => void) => {
    request.id = assignRequestId(request, response);
    next();
  });
  // The depth check runs on the raw bytes, before JSON.parse and class-transformer see them.
  // Nest's types leave `verify` out because its own `rawBody` option uses it; that option is
  // off here, and then Nest hands the options to body-parser as they are.
  app.useBodyParser('json', { limit: '1mb', verify: verifyJsonBody } as NestExpressBodyParserOptionsFor<'json'>);
  // Unsafe characters first, so validators (isEmail) and the database never meet them.
  app.useGlobalPipes(new TextSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Eviction prevention API')
      .setDescription(
        'Case management for preventing evictions in Danish social housing (almene boliger). Errors share one shape: {statusCode, code, message, details?, requestId}.',
      )
      .setVersion('1')
      // Relative: the document is served by the API it describes, on whatever host that is.
      .addServer('/', 'This API')
      .addBearerAuth()
      .build(),
    // Referenced only by $ref inside ErrorResponse.details.
    { extraModels: [FieldProblemResponse] },
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  if (webRoot) serveWebApp(app, webRoot);
}

/** Checks the services, migrates, and builds the API (not yet listening). */
export async function createApi(config: AppConfig): Promise<INestApplication> {
  await assertDatabaseReachable(config.database.url);
  await assertQueueBackendReachable(config);
  if (config.database.runMigrations) await migrateDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApi(app, config.http.webRoot);
  return app;
}
