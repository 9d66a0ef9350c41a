export * from './partners/find-organisations.rpc';
export * from './rpc';
