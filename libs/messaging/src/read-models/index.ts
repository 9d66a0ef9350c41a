export * from './create-organisation-names.migration';
export * from './organisation-names';
