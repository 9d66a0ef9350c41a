import { frameworkErrorBody } from './error-status';

const fastifyError = (code: string, statusCode: number, message = 'Fastify says'): Error =>
  Object.assign(new Error(message), { code, statusCode });

describe('frameworkErrorBody: Fastify’s rejections in the one shape', () => {
  it.each([
    ['FST_ERR_BAD_URL', 400, 'BAD_PATH'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'BAD_REQUEST'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'BAD_REQUEST'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['FST_ERR_MAX_PARAM_LENGTH', 414, 'URI_TOO_LONG'],
  ])('%s → %s %s with our own message', (code, status, ours) => {
    const body = frameworkErrorBody(fastifyError(code, status));
    expect(body).toEqual({ statusCode: status, code: ours, message: expect.any(String) });
    expect(body.message).not.toBe('Fastify says');
  });

  it('keeps the status and message of another 4xx, with the code for its status', () => {
    expect(
      frameworkErrorBody(
        fastifyError('FST_ERR_SOMETHING_NEW', 400, 'source/request contain invalid characters'),
      ),
    ).toEqual({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'source/request contain invalid characters',
    });
  });

  it.each([fastifyError('FST_ERR_HANDLER_TIMEOUT', 503), new Error('boom'), undefined, 'text'])(
    'answers %p as an opaque internal error',
    (error) => {
      expect(frameworkErrorBody(error)).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: 'Something went wrong on our side.',
      });
    },
  );
});
