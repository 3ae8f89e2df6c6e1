import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API itself answers; everything else that asks for a page is the web application's. */
const SERVER_PATHS = /^\/(api|admin|docs|docs-json|health)(\/|$)/;

/**
 * Every path but the API's own, as an Express mount path: it matches the empty string at the
 * start of any other path, so the request URL reaches the static handler unchanged. Without it
 * the web application's folder was looked up (a `stat` on disk) for every API request before its
 * route ran — a twentieth of the API's CPU under load. No file of the built application lives
 * under these paths, so what is served is the same.
 */
const WEB_PATHS = /^(?!\/(?:api|admin|docs|docs-json|health)(?:\/|$))/;

/**
 * Serves the built web application (apps/web, built into `webRoot`) at `/`: its hashed assets
 * for a year (their names change with their content), and index.html — never cached, so a new
 * release is picked up at the next load — for every other page address, so that a link such as
 * /inbox/warnings/:id from an email opens the application, which routes it. Unknown API paths
 * keep their JSON 404.
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  const indexFile = join(webRoot, 'index.html');
  const built = existsSync(indexFile);
  const index = built ? readFileSync(indexFile) : undefined;
  if (built) {
    app.useStaticAssets(join(webRoot, 'assets'), {
      prefix: '/assets',
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    });
    // Nest passes `prefix` to Express's `app.use` as it is, and Express takes a RegExp there;
    // Nest's type only names the string form.
    app.useStaticAssets(webRoot, { index: false, maxAge: '1h', prefix: WEB_PATHS as unknown as string });
  }
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVER_PATHS.test(request.path)) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    if (!index) {
      response
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Webapplikationen er ikke bygget: kør `npm run build`.\nThe web application is not built: run `npm run build`.\n',
        );
      return;
    }
    response.status(200).type('html').send(index);
  });
}
