import { EventEmitter } from 'node:events';
import { keepRunningOnEscapedErrors } from './escaped-errors.js';

describe('errors that escape every handler', () => {
  it('are logged through safeError: class, code, scrubbed message and stack, never values', () => {
    const logged: { fields: Record<string, unknown>; message: string }[] = [];
    const target = new EventEmitter();
    keepRunningOnEscapedErrors({ error: (fields, message) => logged.push({ fields, message }) }, target);

    const leaky = Object.assign(new Error('Key (email)=(anna@example.dk) already exists; 0101704321'), {
      code: '23505',
      parameters: ['Anna Andersen'],
    });
    target.emit('uncaughtException', leaky);
    target.emit('unhandledRejection', 'a bare string with Anna Andersen');

    expect(logged).toHaveLength(2);
    expect(logged[0]!.fields).toMatchObject({
      kind: 'uncaughtException',
      err: { type: 'Error', code: '23505', stack: expect.stringContaining('    at ') },
    });
    expect(logged[1]!.fields).toMatchObject({ kind: 'unhandledRejection', err: { type: 'string' } });
    const text = JSON.stringify(logged);
    for (const secret of ['anna@example.dk', '0101704321', 'Anna Andersen']) expect(text).not.toContain(secret);
    expect(text).not.toContain('parameters');
  });

  it('survive a logger that throws', () => {
    const target = new EventEmitter();
    keepRunningOnEscapedErrors(
      {
        error: () => {
          throw new Error('log sink gone');
        },
      },
      target,
    );
    expect(() => target.emit('uncaughtException', new Error('x'))).not.toThrow();
  });

  it('give every report its own id', () => {
    const ids: unknown[] = [];
    const target = new EventEmitter();
    keepRunningOnEscapedErrors({ error: (fields) => ids.push(fields.errorId) }, target);
    target.emit('uncaughtException', new Error('a'));
    target.emit('uncaughtException', new Error('a'));
    expect(new Set(ids).size).toBe(2);
  });
});
