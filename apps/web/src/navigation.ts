import type { Messages } from '@app/i18n';
import type { Role } from './session/session-context';

export interface NavItem {
  to: string;
  label: (m: Messages) => string;
  /** Shows the unread count of the inbox beside the label. */
  unread?: boolean;
}

const cases: NavItem = { to: '/cases', label: (m) => m.web.nav.cases };
const imports: NavItem = { to: '/imports', label: (m) => m.web.nav.imports };
const inbox: NavItem = { to: '/inbox', label: (m) => m.web.nav.inbox, unread: true };
const referrals: NavItem = { to: '/referrals', label: (m) => m.webCounselling.list.title };
const custody: NavItem = { to: '/custody-episodes', label: (m) => m.webProbation.nav };
const statistics: NavItem = { to: '/statistics', label: (m) => m.webStatistics.nav };
const me: NavItem = { to: '/me', label: (m) => m.web.nav.me };
const directory: NavItem = { to: '/directory', label: (m) => m.web.nav.directory };
const users: NavItem = { to: '/users', label: (m) => m.web.nav.users };
const agreements: NavItem = { to: '/agreements', label: (m) => m.web.nav.agreements };
const notificationSettings: NavItem = { to: '/notification-settings', label: (m) => m.web.nav.notificationSettings };

/**
 * What each role finds in the navigation: the work it does first. The API decides what each
 * role may see; the navigation only leaves out what would answer "not allowed".
 */
export const NAVIGATION: Readonly<Record<Role, readonly NavItem[]>> = {
  housing_caseworker: [cases, imports, inbox, me],
  municipal_social_worker: [inbox, cases, custody, me],
  debt_advisor: [referrals, inbox, cases, me],
  probation_officer: [custody, inbox, cases, me],
  manager: [statistics, me],
  administrator: [directory, users, agreements, notificationSettings, cases, imports, inbox, statistics, me],
};

/** Where a role lands after signing in. */
export function homeOf(role: Role): string {
  return NAVIGATION[role][0]!.to;
}

/**
 * The address to return to after signing in: only a path of this application, never another
 * site (`//evil.example`, `https://…`), so a crafted link cannot send the user elsewhere.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next.startsWith('/sign-in')) return undefined;
  return next;
}
