import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ACCESS_RULE, type AccessRule } from '../auth/access.decorators.js';
import { ID_PARAMS, invalidId } from './params.js';
import { ApiErrors, documented, type ApiErrorDoc } from './api-errors.js';
import { ErrorResponse } from './error.response.js';

type Body = Type<unknown> | [Type<unknown>];

export interface OperationSpec {
  summary: string;
  /** What it does, who may call it, what it refuses. */
  description: string;
  /** 200 with this body. */
  ok?: Body;
  /** 201 with this body. */
  created?: Body;
  /** 202 with this body. */
  accepted?: Body;
  /** 204: what has happened when it answers. */
  noContent?: string;
  /** Overrides the success responses' descriptions. */
  okDescription?: string;
  /** The errors it can answer with, besides the sign-in and role errors its access rule implies. */
  errors?: readonly ApiErrorDoc[];
}

const SIGN_IN_ERRORS = [
  ApiErrors.AuthenticationRequired,
  ApiErrors.TokenInvalid,
  ApiErrors.TokenExpired,
  ApiErrors.TokenRevoked,
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found (or outside your scope)',
  409: 'Conflict with the current state',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many attempts',
  503: 'Service unavailable',
};

/**
 * The API document's entry for one operation: summary, description, success body, and every
 * error with its code and an example body. Put it ABOVE `@Allow`/`@AnyRole`/`@Public`: it reads
 * the access rule they set, to add `security` and the sign-in and role errors.
 */
export function Operation(spec: OperationSpec): MethodDecorator {
  return (target, key, descriptor) => {
    const rule = Reflect.getMetadata(ACCESS_RULE, descriptor.value as object) as AccessRule | undefined;
    if (!rule) {
      throw new Error(`@Operation on ${String(key)}: put it above the access rule (@Allow, @AnyRole or @Public)`);
    }
    const ids = (Reflect.getMetadata(ID_PARAMS, descriptor.value as object) as string[] | undefined) ?? [];
    const errors = [...ids.map((name) => documented(invalidId(name))), ...(spec.errors ?? [])];
    const decorators: MethodDecorator[] = [];
    if ('public' in rule) {
      decorators.push(ApiOperation({ summary: spec.summary, description: spec.description, security: [] }));
    } else {
      const roles = rule.roles.join(', ');
      decorators.push(
        ApiOperation({ summary: spec.summary, description: `${spec.description}\n\nRoles: ${roles}.` }),
        ApiBearerAuth(),
      );
      errors.push(...SIGN_IN_ERRORS, ApiErrors.RoleNotAllowed);
    }
    const success = (status: number, type: Body | undefined, fallback: string) =>
      type && decorators.push(ApiResponse({ status, type, description: spec.okDescription ?? fallback }));
    success(200, spec.ok, 'OK');
    success(201, spec.created, 'Created');
    success(202, spec.accepted, 'Accepted');
    if (spec.noContent) decorators.push(ApiResponse({ status: 204, description: spec.noContent }));
    for (const [status, docs] of groupByStatus(errors)) decorators.push(errorResponse(status, docs));
    applyDecorators(...decorators)(target, key, descriptor);
  };
}

function groupByStatus(errors: readonly ApiErrorDoc[]): Map<number, ApiErrorDoc[]> {
  const byStatus = new Map<number, ApiErrorDoc[]>();
  for (const error of errors) {
    const docs = byStatus.get(error.status) ?? [];
    if (!docs.some((d) => d.code === error.code && d.example === error.example)) docs.push(error);
    byStatus.set(error.status, docs);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

/** One response per status: the codes in its description, one example per code. */
function errorResponse(status: number, docs: readonly ApiErrorDoc[]): MethodDecorator {
  const codes = [...new Set(docs.map((d) => d.code))];
  const examples = Object.fromEntries(
    docs.flatMap((d) => (d.example ? [[exampleKey(d, docs), { summary: d.code, value: d.example }]] : [])),
  );
  const description = `${STATUS_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`;
  return Object.keys(examples).length > 0
    ? ApiResponse({ status, type: ErrorResponse, description, examples })
    : ApiResponse({ status, type: ErrorResponse, description });
}

/** The code, or code plus a counter when one code has several examples (DATE_IN_FUTURE). */
function exampleKey(doc: ApiErrorDoc, docs: readonly ApiErrorDoc[]): string {
  const same = docs.filter((d) => d.code === doc.code && d.example);
  return same.length > 1 ? `${doc.code}_${same.indexOf(doc) + 1}` : doc.code;
}
