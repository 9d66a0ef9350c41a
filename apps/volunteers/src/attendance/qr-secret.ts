import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { VolunteersConfig } from '../volunteers.config';
import { ServiceSecretRepository } from './service-secret.repository';

const NAME = 'check_in_qr';

/**
 * The secret check-in codes are signed with: VOLUNTEERS_QR_SECRET, or (development) one generated on
 * the first start and kept in the database, where replicas starting together agree on the first one
 * written.
 */
@Injectable()
export class QrSecret {
  private secret: Promise<Buffer> | undefined;

  constructor(
    private readonly config: VolunteersConfig,
    private readonly secrets: ServiceSecretRepository,
  ) {}

  get(): Promise<Buffer> {
    this.secret ??= this.load().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  private async load(): Promise<Buffer> {
    if (this.config.VOLUNTEERS_QR_SECRET) return Buffer.from(this.config.VOLUNTEERS_QR_SECRET);
    return this.secrets.keepFirst(NAME, randomBytes(32));
  }
}
