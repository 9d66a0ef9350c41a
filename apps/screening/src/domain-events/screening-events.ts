import type { EventPayload, EventSubject } from '@linkage/contracts';
import { DomainEvents, domainEventHandler } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@linkage/screening-rules';

/**
 * What happened inside the screening service, as its features tell each other: the JetStream subjects
 * (libs/contracts) with their payloads, plus the subjects no other service hears of, declared here and
 * only here. In-process subjects carry no version: they are not a wire contract. Their payloads are
 * plain data, not another feature's entity, so this folder depends on no feature.
 */
export type ScreeningEventMap = { [S in EventSubject]: EventPayload<S> } & InProcessEvents;

export interface InProcessEvents {
  /**
   * Results were stored (one entered at a session, or the rows of an imported file at once): the
   * pathway follows them in the same transaction (stage-2 task, referral).
   */
  'screening.results.recorded': ResultsRecorded;
}

export interface ResultsRecorded {
  results: RecordedResult[];
}

/** One stored result, as the pathway needs it: what it said, of whom (nothing identifying). */
export interface RecordedResult {
  resultId: string;
  residentId: string;
  campaignId: string;
  community: string;
  sex: 'male' | 'female';
  /** YYYY-MM-DD: the age shown on a referral is taken on the day of the result. */
  birthDate: string;
  ageBand: string;
  stage: 1 | 2;
  instrument: InstrumentCode;
  version: string;
  classification: 'positive' | 'negative';
  /** The scored total (after any education adjustment). */
  total: number;
  administeredAt: Date;
}

/** The screening service's event bus: handlers run in the publisher's transaction, in order. */
@Injectable()
export class ScreeningEvents extends DomainEvents<ScreeningEventMap> {}

/** Marks a provider method as a handler of one of the subjects above. */
export const OnScreeningEvent = domainEventHandler<ScreeningEventMap>();
