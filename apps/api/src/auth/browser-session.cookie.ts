import type { Request, Response } from 'express';

/**
 * The web application's refresh token lives in this cookie and nowhere a script can read it
 * (issue 13): HttpOnly keeps it from scripts, SameSite=Strict keeps other sites from sending it,
 * and the path limits it to the three browser-session operations — no other request carries it.
 * The access token stays in the page's memory only.
 */
export const BROWSER_SESSION_PATH = '/api/v1/auth/browser-session';
export const BROWSER_SESSION_COOKIE = 'ep_refresh';

/**
 * The browser-session operations that use the cookie also require this header. A cross-site form
 * cannot set a header, and a cross-site script that tries must pass a CORS preflight this API
 * never grants — a second guard beside SameSite for browsers that ignore it.
 */
export const BROWSER_SESSION_HEADER = 'x-requested-with';

export function setBrowserSessionCookie(
  request: Request,
  response: Response,
  refreshToken: string,
  expiresAt: Date,
): void {
  response.cookie(BROWSER_SESSION_COOKIE, refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request),
    path: BROWSER_SESSION_PATH,
    expires: expiresAt,
  });
}

export function clearBrowserSessionCookie(request: Request, response: Response): void {
  response.clearCookie(BROWSER_SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request),
    path: BROWSER_SESSION_PATH,
  });
}

export function readBrowserSessionCookie(request: Request): string | undefined {
  return readCookie(request, BROWSER_SESSION_COOKIE);
}

/** The value of one cookie of the request, or undefined. */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim()) || undefined;
    }
  }
  return undefined;
}

/**
 * `request.secure` covers direct TLS; behind a TLS-terminating proxy the scheme arrives in
 * X-Forwarded-Proto. Trusting that header unchecked is safe here: a forged `https` only makes
 * the cookie stricter (Secure), which harms no one but the forger.
 */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return request.secure || proto === 'https';
}
