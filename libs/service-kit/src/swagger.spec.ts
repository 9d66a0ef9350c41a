import { Roles } from '@linkage/auth';
import { PageQuery } from '@linkage/database';
import { ApiErrors, moduleError } from '@linkage/errors';
import { Body, Controller, Get, Module, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { documentCommonErrors } from './swagger';

const ThingErrorCode = {
  THING_NOT_FOUND: 'not_found',
  THING_LOCKED: 'conflict',
  THING_GONE: 'not_found',
} as const;
class ThingError extends moduleError(ThingErrorCode, { THING_NOT_FOUND: 'No thing with id 1.' }) {}
const OtherErrorCode = { OTHER_FORBIDDEN: 'forbidden' } as const;
class OtherError extends moduleError(OtherErrorCode) {}

class ThingDto {
  @ApiProperty({ example: '张伟' }) name: string;
}

@ApiBearerAuth('bearer')
@Controller('things')
class ThingController {
  @Get()
  @Roles('admin', 'coordinator', 'counsellor', 'partner', 'volunteer')
  @ApiOkResponse({ type: ThingDto, isArray: true })
  list(@Query() _query: PageQuery): ThingDto[] {
    return [];
  }

  @Post(':id')
  @Roles('admin')
  @ApiOkResponse({ type: ThingDto })
  @ApiErrors(ThingError, 'THING_NOT_FOUND', 'THING_LOCKED')
  @ApiErrors(ThingError, 'THING_GONE')
  @ApiErrors(OtherError, 'OTHER_FORBIDDEN')
  update(@Param('id', new ParseUUIDPipe()) _id: string, @Body() body: ThingDto): ThingDto {
    return body;
  }
}

@Module({ controllers: [ThingController] })
class ThingModule {}

describe('ApiErrors and documentCommonErrors', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    const app = await NestFactory.create(ThingModule, new FastifyAdapter(), { logger: false });
    document = documentCommonErrors(
      SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth(undefined, 'bearer').build()),
    );
    await app.close();
  });

  const response = (path: string, method: 'get' | 'post', status: number) =>
    document.paths[path][method]!.responses[status] as ResponseObject | undefined;
  const codes = (r: ResponseObject | undefined) =>
    Object.keys(r?.content?.['application/json']?.examples ?? {});

  it('answers each status once, with every code stacked decorators give it and an example of each', () => {
    const notFound = response('/things/{id}', 'post', 404)!;
    expect(codes(notFound)).toEqual(['THING_NOT_FOUND', 'THING_GONE']);
    expect(notFound.description).toBe('Not found: THING_NOT_FOUND, THING_GONE');
    const schema = notFound.content!['application/json'].schema as SchemaObject;
    expect(schema.allOf?.[0]).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect((schema.allOf?.[1] as SchemaObject).properties).toEqual({
      statusCode: { type: 'integer', enum: [404] },
      code: { type: 'string', enum: ['THING_NOT_FOUND', 'THING_GONE'] },
    });
    expect(notFound.content!['application/json'].examples!.THING_NOT_FOUND).toEqual({
      summary: 'THING_NOT_FOUND',
      value: { statusCode: 404, code: 'THING_NOT_FOUND', message: 'No thing with id 1.' },
    });
    // A code without an example of its own still gets one.
    expect(codes(response('/things/{id}', 'post', 409))).toEqual(['THING_LOCKED']);
    expect(document.components?.schemas?.ErrorBody).toBeDefined();
    expect(document.components?.schemas?.FieldError).toBeDefined();
  });

  it('adds 401 to secured operations, 403 ROLE_FORBIDDEN beside the module’s own, 400 for input', () => {
    expect(codes(response('/things/{id}', 'post', 401))).toEqual([
      'AUTH_REQUIRED',
      'TOKEN_INVALID',
      'TOKEN_EXPIRED',
    ]);
    expect(codes(response('/things/{id}', 'post', 403))).toEqual(['OTHER_FORBIDDEN', 'ROLE_FORBIDDEN']);
    expect(codes(response('/things/{id}', 'post', 400))).toEqual(['VALIDATION_FAILED', 'BAD_REQUEST']);
    // Every role may list: no 403; a cursor: INVALID_CURSOR.
    expect(response('/things', 'get', 403)).toBeUndefined();
    expect(codes(response('/things', 'get', 400))).toEqual(['VALIDATION_FAILED', 'INVALID_CURSOR']);
  });

  it('marks path ids as UUIDs', () => {
    const [id] = document.paths['/things/{id}'].post!.parameters as { schema: SchemaObject }[];
    expect(id.schema).toEqual({ type: 'string', format: 'uuid' });
  });
});
