export * from './field-cipher';
export * from './field-keys';
