export * from './instrument-definition';
export * from './scoring';
export * from './id-number';
