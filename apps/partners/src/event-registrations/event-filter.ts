import type { ListEventRegistrationsQuery } from './event-registration.dto';

/** What a list or an export of events may be narrowed by. */
export type EventFilter = Pick<
  ListEventRegistrationsQuery,
  'status' | 'organisationId' | 'projectId' | 'from' | 'to'
>;
