import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** A transaction's handle: services pass it to repositories (and the audit log) without looking inside. */
export type Tx = EntityManager;

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 5;

/**
 * Runs work in one database transaction: it commits when the work resolves and rolls back when it
 * throws. READ COMMITTED, so every statement after a `FOR UPDATE` sees what the transactions it waited
 * for committed (REPEATABLE READ would keep reading the snapshot taken at the first plain SELECT).
 * InnoDB resolves a deadlock by rolling one transaction back; that one is simply run again, so callers
 * never see it. Work must therefore be safe to repeat, which it is when all of it goes through `tx`.
 *
 * Kept by hand rather than nestjs-cls + @nestjs-cls/transactional (issue 8 weighed it): the transaction
 * is an explicit `tx` argument, so a repository method that must run inside one says so in its type and
 * the in-process events (libs/messaging) and the inbox share it visibly; and CLS needs an
 * AsyncLocalStorage store on every request, whose cost on the hot paths issue 15 measures (each store
 * pays on every promise; the request logger already keeps one). The whole of it is this class.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction('READ COMMITTED', work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await sleep(5 + Math.random() * 20 * attempt);
      }
    }
  }
}

function isRetryable(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && RETRYABLE.has((error.driverError as { code?: string }).code ?? '')
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
