/**
 * A consent row in force at a moment: given by then, not withdrawn, not yet expired. The one
 * definition of "in force" for SQL (scopes, warning rules, the consent check); the same rule as
 * the consent's own lifecycle (docs/personal-data.md#consent).
 *
 * @param consent the alias (or table name) of the consent row in the calling statement
 * @param at an SQL expression for the moment, e.g. `now()` or a parameter such as `$4`
 */
export function consentInForceSql(consent: string, at = 'now()'): string {
  return `${consent}.withdrawn_at IS NULL AND ${consent}.given_at <= ${at} AND (${consent}.expires_at IS NULL OR ${consent}.expires_at > ${at})`;
}
