/**
 * The addresses of the pages of the web application, under the public base URL
 * (`WARNINGS_PUBLIC_URL`), in one place.
 *
 * Not used by any email yet: the web application does not exist (a later issue), so a link would
 * answer 404 and no email carries one (a test renders every email and checks). The web
 * application claims these addresses; when its pages exist, the templates may link to them
 * through this function and the test's list of pages that exist grows with them.
 */
export function appLinks(publicUrl: string): {
  /** A user's inbox of warnings. */
  inbox: () => string;
  /** One warning, in the inbox. */
  warning: (warningId: string) => string;
} {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    inbox: () => `${base}/inbox`,
    warning: (warningId) => `${base}/inbox/warnings/${encodeURIComponent(warningId)}`,
  };
}
