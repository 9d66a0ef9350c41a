import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A transaction's handle: services pass it to repositories (and the audit log) without looking inside. */
export type Tx = EntityManager;

/** Runs work in one database transaction; it commits when the work resolves and rolls back when it throws. */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
