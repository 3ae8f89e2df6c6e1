import type { Request, Response } from 'express';

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
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === ADMIN_SESSION_COOKIE) {
      return part.slice(separator + 1).trim() || undefined;
    }
  }
  return undefined;
}

/**
 * `request.secure` covers direct TLS; behind a TLS-terminating proxy the scheme arrives in
 * X-Forwarded-Proto. Trusting that header unchecked is safe here: a forged `https` only makes
 * the cookie stricter (Secure), which harms no one but the forger.
 */
function isHttps(request: Request): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return request.secure || proto === 'https';
}

/** The `exp` claim of a token the access guard has just verified. */
function tokenExpiry(accessToken: string): Date {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    exp?: unknown;
  };
  if (typeof payload.exp !== 'number') throw new Error('The access token carries no expiry');
  return new Date(payload.exp * 1000);
}
