import { AppError } from '@linkage/errors';
import { DeadLetterError } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import type { Caller, ServiceAnswer } from '../fan-out/services-fan-out';
import { ServicesFanOut } from '../fan-out/services-fan-out';

/**
 * Resolving a dead letter from the gateway: the admin names only its id (UUIDv7, unique across
 * services), so every service is asked and the one that holds it answers; the others answer 404.
 */
@Injectable()
export class MergedDeadLettersService {
  constructor(private readonly services: ServicesFanOut) {}

  /** The holder's answer as it gave it: 200 with the entry, 409 DEAD_LETTER_RESOLVED, 422 DEAD_LETTER_REPLAY_FAILED. */
  async resolve(action: 'replay' | 'discard', id: string, caller: Caller): Promise<ServiceAnswer> {
    const { holder, unavailable } = await this.services.holderAnswer(
      'POST',
      `/api/dead-letters/${id}/${action}`,
      caller,
    );
    if (holder) return holder;
    // Not found where we could look; a service that did not answer may be the one that holds it.
    if (unavailable.length > 0)
      throw new AppError(
        'unavailable',
        'SERVICE_UNAVAILABLE',
        `No service that answered holds dead letter ${id}; ${unavailable.join(', ')} did not answer: try again shortly.`,
        { services: unavailable },
      );
    throw new DeadLetterError('DEAD_LETTER_NOT_FOUND', `No dead letter with id ${id} in any service.`);
  }
}
