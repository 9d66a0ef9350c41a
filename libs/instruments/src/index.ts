export * from './instrument-definition';
export * from './scoring';
