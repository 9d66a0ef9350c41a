import { gauge } from '@linkage/observability';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Exposes the mysql2 pool's size, idle connections and waiting queries. */
@Injectable()
export class DbPoolMetrics implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (): Mysql2Pool | undefined =>
      (this.dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
    gauge({
      name: 'linkage_db_pool_connections',
      help: 'MySQL pool connections by state',
      labelNames: ['state'],
      collect() {
        const p = pool();
        const total = p?._allConnections?.length ?? 0;
        const idle = p?._freeConnections?.length ?? 0;
        this.set({ state: 'open' }, total);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'in_use' }, total - idle);
        this.set({ state: 'waiting' }, p?._connectionQueue?.length ?? 0);
      },
    });
  }
}
