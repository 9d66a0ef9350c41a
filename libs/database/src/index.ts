export * from './database.module';
export * from './db-user-setup';
export * from './ids';
export * from './mysql-options';
export * from './pagination';
export * from './prepare-database';
export * from './query-helpers';
export * from './transactions';
