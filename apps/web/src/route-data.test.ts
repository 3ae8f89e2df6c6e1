import { describe, expect, it } from 'vitest';
import { routeDataOf } from './route-data';

describe('routeDataOf', () => {
  it('names the case of a case page', () => {
    expect(routeDataOf('/cases/7ab8b9a7-b131-4c67-b4dd-621124c6ce30')).toEqual({
      page: 'case',
      caseId: '7ab8b9a7-b131-4c67-b4dd-621124c6ce30',
    });
    expect(routeDataOf('/cases/7ab8b9a7-b131-4c67-b4dd-621124c6ce30/')).toEqual({
      page: 'case',
      caseId: '7ab8b9a7-b131-4c67-b4dd-621124c6ce30',
    });
  });

  it('names nothing for the other addresses, the new-case form and the worktray included', () => {
    for (const path of ['/', '/cases', '/cases/', '/cases/new', '/cases/a/b', '/inbox/warnings/x', '/me', '/sign-in']) {
      expect(routeDataOf(path)).toBeUndefined();
    }
  });
});
