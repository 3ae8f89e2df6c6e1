/**
 * The users who receive a warning in their inbox, as a join condition between a warning-like
 * row `f` (recipient_type, recipient_id, department_id) and `app_user u`: the staff of the
 * recipient organisation in the role that handles warnings; a housing caseworker limited to some
 * departments only for cases in them. Disabled users get nothing.
 */
export const RECIPIENT_USERS_SQL = `u.disabled_at IS NULL AND (
     (f.recipient_type = 'municipality' AND u.role = 'municipal_social_worker' AND u.municipality_id = f.recipient_id)
  OR (f.recipient_type = 'housing_organisation' AND u.role = 'housing_caseworker' AND u.housing_organisation_id = f.recipient_id
      AND (NOT EXISTS (SELECT 1 FROM user_department ud WHERE ud.user_id = u.id)
           OR EXISTS (SELECT 1 FROM user_department ud WHERE ud.user_id = u.id AND ud.department_id = f.department_id)))
  OR (f.recipient_type = 'probation_unit' AND u.role = 'probation_officer' AND u.probation_unit_id = f.recipient_id)
  OR (f.recipient_type = 'counselling_provider' AND u.role = 'debt_advisor' AND u.counselling_provider_id = f.recipient_id))`;

/** The managers of a recipient organisation (municipality or housing organisation), for `f` and `u`. */
export const RECIPIENT_MANAGERS_SQL = `u.disabled_at IS NULL AND u.role = 'manager' AND (
     (f.recipient_type = 'municipality' AND u.municipality_id = f.recipient_id)
  OR (f.recipient_type = 'housing_organisation' AND u.housing_organisation_id = f.recipient_id))`;

/** The caseworkers at the landlord that raised a warning (its case's department), for `f` and `u`. */
export const SENDER_CASEWORKERS_SQL = `u.disabled_at IS NULL AND u.role = 'housing_caseworker' AND u.housing_organisation_id = f.sender_organisation_id
  AND (NOT EXISTS (SELECT 1 FROM user_department ud WHERE ud.user_id = u.id)
       OR EXISTS (SELECT 1 FROM user_department ud WHERE ud.user_id = u.id AND ud.department_id = f.department_id))`;
