import { rawSql, sql, type SqlFragment } from '../shared/sql-fragment.js';

/**
 * The columns of the calling statement that hold a warning's recipient organisation and the
 * department of its case. Code-written expressions (`w.recipient_type`, `x.department_id`), never input.
 */
export interface RecipientColumns {
  recipientType: string;
  recipientId: string;
  departmentId: string;
}

/** The columns of the calling statement's `app_user` row (`u`, or whatever it is called). */
export interface UserColumns {
  /** The alias of the `app_user` row. */
  user: string;
}

/** A housing caseworker limited to some departments handles only cases in them. */
function inDepartment(user: string, departmentId: string): string {
  return `(NOT EXISTS (SELECT 1 FROM user_department recipient_ud WHERE recipient_ud.user_id = ${user}.id)
       OR EXISTS (SELECT 1 FROM user_department recipient_ud WHERE recipient_ud.user_id = ${user}.id
                     AND recipient_ud.department_id = ${departmentId}))`;
}

/**
 * The recipient resolution: the users who receive a warning in their inbox, as a condition on
 * the given user and warning columns. The staff of the recipient organisation in the role that
 * handles warnings; a housing caseworker limited to some departments only for cases in them.
 * Disabled users get nothing.
 */
export function recipientUsersSql(user: UserColumns, warning: RecipientColumns): SqlFragment {
  const u = user.user;
  const { recipientType: type, recipientId: id, departmentId } = warning;
  return rawSql(`${u}.disabled_at IS NULL AND (
     (${type} = 'municipality' AND ${u}.role = 'municipal_social_worker' AND ${u}.municipality_id = ${id})
  OR (${type} = 'housing_organisation' AND ${u}.role = 'housing_caseworker' AND ${u}.housing_organisation_id = ${id}
      AND ${inDepartment(u, departmentId)})
  OR (${type} = 'probation_unit' AND ${u}.role = 'probation_officer' AND ${u}.probation_unit_id = ${id})
  OR (${type} = 'counselling_provider' AND ${u}.role = 'debt_advisor' AND ${u}.counselling_provider_id = ${id}))`);
}

/** The managers of a recipient organisation (municipality or housing organisation). */
export function recipientManagersSql(user: UserColumns, warning: Omit<RecipientColumns, 'departmentId'>): SqlFragment {
  const u = user.user;
  const { recipientType: type, recipientId: id } = warning;
  return rawSql(`${u}.disabled_at IS NULL AND ${u}.role = 'manager' AND (
     (${type} = 'municipality' AND ${u}.municipality_id = ${id})
  OR (${type} = 'housing_organisation' AND ${u}.housing_organisation_id = ${id}))`);
}

/** Who an escalation goes to: level 1 the recipient's team leads, level 2 its managers. */
export function escalationTargetsSql(level: 1 | 2, user: UserColumns, warning: RecipientColumns): SqlFragment {
  return level === 1
    ? sql`${rawSql(user.user)}.team_lead AND ${recipientUsersSql(user, warning)}`
    : recipientManagersSql(user, warning);
}

/** The caseworkers at the landlord that raised a warning (in its case's department). */
export function senderCaseworkersSql(
  user: UserColumns,
  warning: { senderOrganisationId: string; departmentId: string },
): SqlFragment {
  const u = user.user;
  return rawSql(`${u}.disabled_at IS NULL AND ${u}.role = 'housing_caseworker'
  AND ${u}.housing_organisation_id = ${warning.senderOrganisationId} AND ${inDepartment(u, warning.departmentId)}`);
}
