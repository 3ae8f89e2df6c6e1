/**
 * The addresses of the pages of the web application, under the public base URL
 * (`APP_PUBLIC_URL`, config `warnings.publicUrl`), in one place.
 *
 * The web application (issue 13, apps/web) serves exactly these: `/inbox` and
 * `/inbox/warnings/:warningId`, which opens the reader's own inbox item for that warning after
 * sign-in. Every warning email links to the warning's page through this function; the test of
 * links in emails (templates/no-dead-links.spec.ts) lists these pages as the ones that exist.
 */
export interface AppLinks {
  /** A user's inbox of warnings. */
  inbox: () => string;
  /** One warning, in the inbox. */
  warning: (warningId: string) => string;
}

export function appLinks(publicUrl: string): AppLinks {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    inbox: () => `${base}/inbox`,
    warning: (warningId) => `${base}/inbox/warnings/${encodeURIComponent(warningId)}`,
  };
}
