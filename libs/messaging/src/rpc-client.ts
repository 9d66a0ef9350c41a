import { ServiceConfig } from '@linkage/config';
import { RPC_RESPONDER, type RpcRequest, type RpcResponse, type RpcSubject } from '@linkage/contracts';
import { isRpcErrorPayload, RemoteError, ServiceUnavailableError } from '@linkage/errors';
import { Inject, Injectable } from '@nestjs/common';
import { errors, type NatsConnection } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import { NATS_CONNECTION } from './nats.tokens';
import { MessagingMetrics } from './messaging.metrics';

interface ReplyPacket {
  response?: unknown;
  err?: unknown;
}

/**
 * Typed request-reply over core NATS: a subject can only be sent with its request type and resolves to
 * its response type. Every send has a timeout; "nobody listening" fails at once. Both are a
 * ServiceUnavailableError naming the service (HTTP 503), never a hang.
 */
@Injectable()
export class RpcClient {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly config: ServiceConfig,
    private readonly metrics: MessagingMetrics,
  ) {}

  async send<S extends RpcSubject>(subject: S, request: RpcRequest<S>): Promise<RpcResponse<S>> {
    const service = RPC_RESPONDER[subject];
    const stop = this.metrics.rpcDuration.startTimer({ subject });
    // The packet shape Nest's NATS server expects: { pattern, data, id }.
    const packet = JSON.stringify({ pattern: subject, data: request, id: randomUUID() });
    let outcome = 'ok';
    try {
      const reply = await this.nats.request(`${this.config.NATS_SUBJECT_PREFIX}${subject}`, packet, {
        timeout: this.config.RPC_TIMEOUT_MS,
      });
      const body = reply.json<ReplyPacket>();
      if (body.err !== undefined && body.err !== null) {
        outcome = 'error';
        throw isRpcErrorPayload(body.err)
          ? new RemoteError(service, body.err)
          : new RemoteError(service, {
              kind: 'internal',
              code: 'INTERNAL_ERROR',
              message: JSON.stringify(body.err),
            });
      }
      return body.response as RpcResponse<S>;
    } catch (error) {
      const unavailable = toUnavailable(error, service);
      if (unavailable)
        outcome = unavailable.details ? (unavailable.details as { reason: string }).reason : 'down';
      throw unavailable ?? error;
    } finally {
      stop({ outcome });
    }
  }
}

function toUnavailable(error: unknown, service: string): ServiceUnavailableError | null {
  if (error instanceof errors.RequestError && error.isNoResponders())
    return new ServiceUnavailableError(service, 'no_responders');
  if (error instanceof errors.NoRespondersError) return new ServiceUnavailableError(service, 'no_responders');
  if (error instanceof errors.TimeoutError) return new ServiceUnavailableError(service, 'timeout');
  if (error instanceof errors.RequestError && error.cause instanceof errors.TimeoutError) {
    return new ServiceUnavailableError(service, 'timeout');
  }
  if (error instanceof errors.ClosedConnectionError || error instanceof errors.DrainingConnectionError) {
    return new ServiceUnavailableError(service, 'disconnected');
  }
  return null;
}
