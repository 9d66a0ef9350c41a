import { AuthError, ROLES } from '@linkage/auth';
import {
  addErrorResponses,
  CommonErrors,
  documentedError,
  documentedErrorsOf,
  errorResponse,
  type DocumentedError,
} from '@linkage/errors';
import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
} from '@nestjs/swagger';

export interface ApiDescription {
  title: string;
  description: string;
}

/**
 * Serves the service's OpenAPI document at /docs (UI) and /docs-json. Schemas come from explicit
 * @ApiProperty decorators only: the build is plain tsc and the tests run through swc, so the
 * @nestjs/swagger CLI plugin (a `nest build` transformer) never runs here. The document is built when
 * first asked for, not at start-up: it is read by people and the gateway now and then, and building it
 * at start kept ~5 MB of heap and ~20 MB of resident memory per service (issue 15's footprint).
 */
export function setupSwagger(app: INestApplication, api: ApiDescription): void {
  const config = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  SwaggerModule.setup('docs', app, () => documentCommonErrors(SwaggerModule.createDocument(app, config)), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
  });
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Adds the error answers every operation shares, read from what the document already says about it:
 * - a bearer security requirement: 401 AUTH_REQUIRED, TOKEN_INVALID, TOKEN_EXPIRED (the auth guard);
 * - `x-roles` (from @Roles) that leave some role out: 403 ROLE_FORBIDDEN;
 * - a request body or query parameters: 400 VALIDATION_FAILED (the validation pipe); a body that is
 *   not JSON: 400 BAD_REQUEST; a `cursor` parameter: 400 INVALID_CURSOR;
 * - a path parameter `id` or `…Id`: by this codebase's convention parsed with ParseUUIDPipe, so it is
 *   marked `format: uuid` and answers 400 BAD_REQUEST when it is not one.
 * The module's own codes come from @ApiErrors on the handler; both meet in one response per status.
 */
export function documentCommonErrors(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) documentOperation(operation);
    }
  }
  return document;
}

function documentOperation(operation: OperationObject): void {
  const parameters = (operation.parameters ?? []).filter(
    (p): p is ParameterObject => !('$ref' in (p as ReferenceObject)),
  );
  const errors: DocumentedError[] = [];
  const idParameters = parameters.filter((p) => p.in === 'path' && /^(id|\w+Id)$/.test(p.name));
  for (const p of idParameters) {
    p.schema = { ...(p.schema ?? {}), type: 'string', format: 'uuid' };
    p.example ??= '0190a1b2-0000-7000-8000-000000000001';
  }
  if (operation.requestBody || parameters.some((p) => p.in === 'query')) {
    errors.push(documentedError(CommonErrors, 'VALIDATION_FAILED'));
  }
  if (idParameters.length > 0) {
    errors.push(documentedError(CommonErrors, 'BAD_REQUEST'));
  } else if (operation.requestBody) {
    errors.push({ ...documentedError(CommonErrors, 'BAD_REQUEST'), message: 'Body is not valid JSON' });
  }
  if (parameters.some((p) => p.in === 'query' && p.name === 'cursor')) {
    errors.push(documentedError(CommonErrors, 'INVALID_CURSOR'));
  }
  if ((operation.security ?? []).some((requirement) => 'bearer' in requirement)) {
    errors.push(
      ...(['AUTH_REQUIRED', 'TOKEN_INVALID', 'TOKEN_EXPIRED'] as const).map((code) =>
        documentedError(AuthError, code),
      ),
    );
  }
  const roles = (operation as { 'x-roles'?: string[] })['x-roles'];
  if (roles && ROLES.some((role) => !roles.includes(role))) {
    errors.push({
      ...documentedError(AuthError, 'ROLE_FORBIDDEN'),
      message: `This needs one of the roles: ${roles.join(', ')}.`,
    });
  }
  addErrorResponses(operation, errors);
  // Responses stacked from several @ApiErrors carry the first one's description; say every code.
  for (const [status, response] of Object.entries(operation.responses)) {
    const documented = documentedErrorsOf(response);
    if (Number(status) >= 400 && documented.length > 0)
      operation.responses[status] = errorResponse(documented);
  }
}
