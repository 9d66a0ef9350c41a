export * from './field-cipher';
export * from './field-keys';
export * from './blind-index';
