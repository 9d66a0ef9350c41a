import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiSchema,
  getSchemaPath,
  type ExampleObject,
  type OperationObject,
  type ReferenceObject,
  type ResponseObject,
} from '@nestjs/swagger';
import type { ErrorBody, ErrorExample, ErrorKind, ErrorTable } from './app.error';
import { httpStatusOf } from './error-status';

@ApiSchema({ name: 'FieldError', description: 'A field that did not validate, and why.' })
export class FieldErrorSchema {
  @ApiProperty({ example: 'contact.phone', description: 'Dotted path of the field in the request' })
  field: string;

  @ApiProperty({ type: [String], example: ['contactPhone must be a mainland mobile number (11 digits)'] })
  messages: string[];
}

@ApiSchema({
  name: 'ErrorBody',
  description:
    'What every error answers. `code` is stable and machine-readable; each operation lists the codes it may answer per status.',
})
@ApiExtraModels(FieldErrorSchema)
export class ErrorBodySchema implements ErrorBody {
  @ApiProperty({ type: 'integer', example: 404, description: 'The HTTP status, repeated' })
  statusCode: number;

  @ApiProperty({ example: 'SHIFT_NOT_FOUND' })
  code: string;

  @ApiProperty({
    example: 'No shift with id 0190a1b2-0000-7000-8000-000000000001.',
    description: 'For a person',
  })
  message: string;

  @ApiPropertyOptional({
    description: 'VALIDATION_FAILED: the fields that did not validate; other codes: the values involved',
    oneOf: [
      { type: 'array', items: { $ref: getSchemaPath(FieldErrorSchema) } },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: unknown;
}

/** One documented error answer: the body an operation may send (its statusCode the HTTP status). */
export type DocumentedError = ErrorBody;

const API_ERRORS = 'linkage:api-errors';

/**
 * Documents the errors a handler may answer with, from a module's code table: one response per HTTP
 * status (from the code's kind, as the error filter maps it), its body an `ErrorBody` whose `code`
 * lists exactly these codes, and one example per code. Stack it once per module:
 *
 *   @ApiErrors(ShiftError, 'SHIFT_NOT_FOUND', 'SHIFT_NOT_EDITABLE')
 *   @ApiErrors(SignupError, 'SHIFT_OVERLAP')
 *
 * The answers every operation shares (401 without a valid token, 403 for a role that may not call it,
 * 400 for input that does not validate) are added to the document by `documentCommonErrors`.
 */
export function ApiErrors<T extends Record<string, ErrorKind>>(
  table: ErrorTable<T>,
  ...codes: (keyof T & string)[]
): MethodDecorator {
  const incoming = codes.map((code) => documentedError(table, code));
  return (target, key, descriptor) => {
    const previous = (Reflect.getMetadata(API_ERRORS, descriptor.value as object) ?? []) as DocumentedError[];
    // Decorators apply bottom-up: the ones above come first, so the document lists codes in source order.
    const all = mergeErrors(incoming, previous);
    Reflect.defineMetadata(API_ERRORS, all, descriptor.value as object);
    const statuses = [...new Set(incoming.map((e) => e.statusCode))];
    applyDecorators(
      ApiExtraModels(ErrorBodySchema),
      // Each status answers with every code documented so far at that status (stacked decorators meet here).
      ...statuses.map((status) => {
        const { description, content } = errorResponse(all.filter((e) => e.statusCode === status));
        return ApiResponse({
          status,
          description: previous.some((e) => e.statusCode === status) ? '' : description,
          content,
        });
      }),
    )(target, key, descriptor);
  };
}

/** The documented answer for one code of a table (its example, or a sentence made from the code). */
export function documentedError<T extends Record<string, ErrorKind>>(
  table: ErrorTable<T>,
  code: keyof T & string,
): DocumentedError {
  const kind = table.codes[code];
  if (!kind) throw new Error(`ApiErrors: ${code} is not in the code table`);
  const example: ErrorExample = table.examples[code] ?? sentenceOf(code);
  const { message, details } =
    typeof example === 'string' ? { message: example, details: undefined } : example;
  return { statusCode: httpStatusOf(kind), code, message, ...(details === undefined ? {} : { details }) };
}

/** The response object for errors of one status: an ErrorBody narrowed to these codes, one example each. */
export function errorResponse(errors: DocumentedError[]): ResponseObject {
  const status = errors[0].statusCode;
  const codes = errors.map((e) => e.code);
  const examples: Record<string, ExampleObject> = Object.fromEntries(
    errors.map((e) => [e.code, { summary: e.code, value: e }]),
  );
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`,
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: getSchemaPath(ErrorBodySchema) },
            {
              type: 'object',
              properties: {
                statusCode: { type: 'integer', enum: [status] },
                code: { type: 'string', enum: codes },
              },
            },
          ],
        },
        examples,
      },
    },
  };
}

/** The errors already documented in a response built by errorResponse (its examples). */
export function documentedErrorsOf(
  response: ResponseObject | ReferenceObject | undefined,
): DocumentedError[] {
  if (!response || '$ref' in response) return [];
  const examples = response.content?.['application/json']?.examples ?? {};
  return Object.values(examples).flatMap((example) => {
    const value = (example as ExampleObject).value as Partial<DocumentedError> | undefined;
    return value && typeof value.code === 'string' && typeof value.statusCode === 'number'
      ? [value as DocumentedError]
      : [];
  });
}

/**
 * Adds error answers to an operation of a built document, merged with those it documents already (so
 * a 403 lists ROLE_FORBIDDEN beside the module's own forbidden codes).
 */
export function addErrorResponses(operation: OperationObject, errors: DocumentedError[]): void {
  for (const status of new Set(errors.map((e) => e.statusCode))) {
    const existing = operation.responses[status];
    const merged = mergeErrors(
      documentedErrorsOf(existing),
      errors.filter((e) => e.statusCode === status),
    );
    // A response documented some other way (a description only) is replaced by the full one.
    operation.responses[status] = errorResponse(merged);
  }
}

function mergeErrors(a: DocumentedError[], b: DocumentedError[]): DocumentedError[] {
  const byCode = new Map(a.map((e) => [e.code, e]));
  for (const e of b) if (!byCode.has(e.code)) byCode.set(e.code, e);
  return [...byCode.values()];
}

function sentenceOf(code: string): string {
  const words = code.toLowerCase().split('_').join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Unprocessable',
  429: 'Too many requests',
  500: 'Internal error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};
