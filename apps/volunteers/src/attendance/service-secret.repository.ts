import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Secrets the service generates for itself and keeps, by name (service_secrets). */
@Injectable()
export class ServiceSecretRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The secret stored under `name`, storing `candidate` first when there is none. INSERT IGNORE then
   * SELECT, so replicas starting together all get the first one written.
   */
  async keepFirst(name: string, candidate: Buffer): Promise<Buffer> {
    await this.db.query('INSERT IGNORE INTO service_secrets (name, value) VALUES (?, ?)', [name, candidate]);
    const [row] = await this.db.query<{ value: Buffer }[]>(
      'SELECT value FROM service_secrets WHERE name = ?',
      [name],
    );
    return Buffer.from(row.value);
  }
}
