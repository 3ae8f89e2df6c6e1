import { SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it.each([
    ['alertEmail', 'alert_email'],
    ['childrenUnder18', 'children_under_18'],
    ['cprKeyId', 'cpr_key_id'],
    ['housingOrganisationId', 'housing_organisation_id'],
  ])('maps %s to %s', (property, column) => {
    expect(strategy.columnName(property, undefined, [])).toBe(column);
  });
});
