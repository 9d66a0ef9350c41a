import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { VolunteersConfig } from '../volunteers.config';

const NAME = 'check_in_qr';

/**
 * The secret check-in codes are signed with: VOLUNTEERS_QR_SECRET, or (development) one generated on
 * the first start and kept in the database. INSERT IGNORE then SELECT, so replicas starting together
 * agree on the first one written.
 */
@Injectable()
export class QrSecret {
  private secret: Promise<Buffer> | undefined;

  constructor(
    private readonly config: VolunteersConfig,
    @InjectDataSource() private readonly db: DataSource,
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
    await this.db.query('INSERT IGNORE INTO service_secrets (name, value) VALUES (?, ?)', [
      NAME,
      randomBytes(32),
    ]);
    const [row] = await this.db.query<{ value: Buffer }[]>(
      'SELECT value FROM service_secrets WHERE name = ?',
      [NAME],
    );
    return Buffer.from(row.value);
  }
}
