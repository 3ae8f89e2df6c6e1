import type { Request, Response } from 'express';
import { isHttps, readCookie } from '../auth/browser-session.cookie.js';

/** Everything under this path is for administrators; the cookie is sent nowhere else. */
export const ADMIN_PATH = '/admin';
export const ADMIN_SESSION_COOKIE = 'ep_admin_session';

/**
 * A browser cannot put a bearer header on a page load, so the admin pages (the queue board)
 * also accept the same access token from this cookie. HttpOnly keeps it from scripts,
 * SameSite=Strict keeps other sites from riding on it, and it expires with the token.
 */
export function setAdminSessionCookie(request: Request, response: Response, accessToken: string): void {
  response.cookie(ADMIN_SESSION_COOKIE, accessToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request),
    path: ADMIN_PATH,
    expires: tokenExpiry(accessToken),
  });
}

export function readAdminSessionCookie(request: Request): string | undefined {
  return readCookie(request, ADMIN_SESSION_COOKIE);
}

/** The `exp` claim of a token the access guard has just verified. */
function tokenExpiry(accessToken: string): Date {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    exp?: unknown;
  };
  if (typeof payload.exp !== 'number') throw new Error('The access token carries no expiry');
  return new Date(payload.exp * 1000);
}
