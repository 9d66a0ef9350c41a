export * from './events/event-catalogue';
export * from './events/event-envelope';
export * from './partners/find-organisations.rpc';
export * from './partners/organisation.events';
export * from './rpc';
export * from './volunteers/assignment.events';
export * from './volunteers/hours.events';
export * from './volunteers/shift.events';
