import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';
import { localized } from '@app/i18n';
import { HttpErrorText } from '../errors/error-codes.js';

/**
 * NUL, and a UTF-16 surrogate without its partner. PostgreSQL cannot store NUL in text
 * (`invalid byte sequence for encoding "UTF8": 0x00`), a lone surrogate has no UTF-8 form at all,
 * and `encodeURIComponent` (which validator's `isEmail` calls) throws on one.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSAFE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** Field names are echoed in the error: never the characters that made them unsafe. */
const printable = (name: string) => name.replace(new RegExp(UNSAFE.source, 'g'), '\ufffd');

/**
 * The path (`address.postcode`, `departmentIds.0`, as validation errors name fields) of the
 * first string or key holding unsafe characters, or undefined. Iterative, so no input can make
 * it overflow the stack.
 */
export function findUnsafeText(value: unknown, root = ''): string | undefined {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSAFE.test(current)) return path;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], path ? `${path}.${i}` : String(i)]);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (UNSAFE.test(key)) return printable(childPath);
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}

export function invalidCharacters(field: string): AppError {
  return new AppError('INVALID_CHARACTERS', 400, HttpErrorText.INVALID_CHARACTERS, [
    { field, rule: 'characters', message: localized((m) => m.validation.characters) },
  ]);
}

/**
 * The first global pipe: every body, query and path parameter of every route is checked for
 * unsafe characters before validation or a service sees it, so no DTO needs a decorator for it.
 */
@Injectable()
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findUnsafeText(value, metadata.data ?? '');
    if (field !== undefined) throw invalidCharacters(field);
    return value;
  }
}
