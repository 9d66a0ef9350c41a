import type { BackendServiceName } from '@linkage/config';
import { SessionCompletedV1 } from '../counselling/session.events';
import {
  PartnerEventCancelledV1,
  PartnerEventScheduleV1,
  PartnerHoursCertifiedV1,
} from '../partners/event-registration.events';
import { InboxItemReceivedV1, InboxOutcomeRecordedV1 } from '../partners/inbox.events';
import { OrganisationChangedV1, OrganisationRegisteredV1 } from '../partners/organisation.events';
import { ScreeningReferralCreatedV1 } from '../screening/referral.events';
import { ScreeningSessionCancelledV1, ScreeningSessionScheduleV1 } from '../screening/session.events';
import { AssignmentCancelledV1, AssignmentConfirmedV1 } from '../volunteers/assignment.events';
import { HoursRecordedV1, HoursVerifiedV1 } from '../volunteers/hours.events';
import { ShiftStaffingChangedV1 } from '../volunteers/shift.events';

/**
 * Every domain event: `<context>.<entity>.<happened>.v<N>`. A breaking change is a new `vN` subject,
 * published beside the old one until its consumers have moved.
 */
export const EventSubject = {
  volunteersAssignmentConfirmed: 'volunteers.assignment.confirmed.v1',
  volunteersAssignmentCancelled: 'volunteers.assignment.cancelled.v1',
  volunteersShiftStaffingChanged: 'volunteers.shift.staffing-changed.v1',
  volunteersHoursRecorded: 'volunteers.hours.recorded.v1',
  volunteersHoursVerified: 'volunteers.hours.verified.v1',
  partnersOrganisationRegistered: 'partners.organisation.registered.v1',
  partnersOrganisationChanged: 'partners.organisation.changed.v1',
  partnersEventApproved: 'partners.event.approved.v1',
  partnersEventChanged: 'partners.event.changed.v1',
  partnersEventCancelled: 'partners.event.cancelled.v1',
  partnersHoursCertified: 'partners.hours.certified.v1',
  partnersInboxItemReceived: 'partners.inbox.item-received.v1',
  partnersInboxOutcomeRecorded: 'partners.inbox.outcome-recorded.v1',
  screeningSessionScheduled: 'screening.session.scheduled.v1',
  screeningSessionChanged: 'screening.session.changed.v1',
  screeningSessionCancelled: 'screening.session.cancelled.v1',
  screeningReferralCreated: 'screening.referral.created.v1',
  counsellingSessionCompleted: 'counselling.session.completed.v1',
} as const;
export type EventSubject = (typeof EventSubject)[keyof typeof EventSubject];

interface EventDefinition {
  /**
   * The one service that publishes it. Its context is the subject's first token, except for the
   * subjects in ADDRESSED_SUBJECTS (work another service addresses to that context).
   */
  producer: BackendServiceName;
  /** The services that consume it today; the catalogue test checks this against the handlers. */
  consumers: readonly BackendServiceName[];
  /** The payload class: its type is the payload's type, its decorators validate it on arrival. */
  payload: new () => object;
  description: string;
}

/** Ties every subject to its producer, consumers and payload class: the source of docs/events.md. */
export const EVENT_CATALOGUE = {
  [EventSubject.volunteersAssignmentConfirmed]: {
    producer: 'volunteers',
    consumers: ['partners', 'screening'],
    payload: AssignmentConfirmedV1,
    description: 'A volunteer holds a confirmed place on a shift.',
  },
  [EventSubject.volunteersAssignmentCancelled]: {
    producer: 'volunteers',
    consumers: ['partners', 'screening'],
    payload: AssignmentCancelledV1,
    description: 'A confirmed place on a shift was given up.',
  },
  [EventSubject.volunteersShiftStaffingChanged]: {
    producer: 'volunteers',
    consumers: ['partners', 'screening'],
    payload: ShiftStaffingChangedV1,
    description: "A shift's capacity, confirmed, waitlisted and pending counts after a change.",
  },
  [EventSubject.volunteersHoursRecorded]: {
    producer: 'volunteers',
    consumers: ['partners'],
    payload: HoursRecordedV1,
    description: "A volunteer's hours at a shift recorded or adjusted: the record after the change.",
  },
  [EventSubject.volunteersHoursVerified]: {
    producer: 'volunteers',
    consumers: [],
    payload: HoursVerifiedV1,
    description: "Hours of service verified; they count in the volunteer's record.",
  },
  [EventSubject.partnersOrganisationRegistered]: {
    producer: 'partners',
    consumers: ['volunteers', 'screening'],
    payload: OrganisationRegisteredV1,
    description: 'A new organisation in the partners directory.',
  },
  [EventSubject.partnersOrganisationChanged]: {
    producer: 'partners',
    consumers: ['volunteers', 'screening'],
    payload: OrganisationChangedV1,
    description: 'An organisation renamed or edited: its state after the change.',
  },
  [EventSubject.partnersEventApproved]: {
    producer: 'partners',
    consumers: ['volunteers'],
    payload: PartnerEventScheduleV1,
    description: 'A partner event approved: its roles and occurrences, to become volunteer shifts.',
  },
  [EventSubject.partnersEventChanged]: {
    producer: 'partners',
    consumers: ['volunteers'],
    payload: PartnerEventScheduleV1,
    description:
      'An approved partner event changed (times, venue, roles, counts): its state after the change.',
  },
  [EventSubject.partnersEventCancelled]: {
    producer: 'partners',
    consumers: ['volunteers'],
    payload: PartnerEventCancelledV1,
    description: 'An approved partner event cancelled, with the reason.',
  },
  [EventSubject.partnersHoursCertified]: {
    producer: 'partners',
    consumers: ['volunteers'],
    payload: PartnerHoursCertifiedV1,
    description: "A partner confirmed or disputed a volunteer's hours at its event.",
  },
  [EventSubject.partnersInboxItemReceived]: {
    producer: 'volunteers',
    consumers: ['partners'],
    payload: InboxItemReceivedV1,
    description:
      "A work item addressed to a partner organisation's inbox by another service, for work that has no event of its own there. `origin` is `{ service, entityType, entityId }`: the sender's record. Published by the sender into the PARTNERS stream; partners keeps one inbox item per `itemId`. Volunteers sends a volunteer's declared hours naming the organisation (`hours_declaration`, origin `volunteers`/`hours_declaration`; `details` volunteer, serviceDate, place, hours, contactName, contactPhone) for it to confirm (outcome `completed`) or decline with the reason in `notes`.",
  },
  [EventSubject.partnersInboxOutcomeRecorded]: {
    producer: 'partners',
    consumers: ['screening', 'volunteers'],
    payload: InboxOutcomeRecordedV1,
    description:
      'A partner organisation accepted an inbox item or recorded what came of it: `outcome` is `{ status: accepted | completed | declined, category, notes }`, `recordedBy` `{ accountId, displayName }`, `origin` as it arrived.',
  },
  [EventSubject.screeningSessionScheduled]: {
    producer: 'screening',
    consumers: ['volunteers'],
    payload: ScreeningSessionScheduleV1,
    description:
      'A screening session scheduled: its community, venue, times and screener roles, to become volunteer shifts (one per role).',
  },
  [EventSubject.screeningSessionChanged]: {
    producer: 'screening',
    consumers: ['volunteers'],
    payload: ScreeningSessionScheduleV1,
    description:
      'A scheduled screening session changed (venue, times, roles, counts): its whole state after the change, with the next version.',
  },
  [EventSubject.screeningSessionCancelled]: {
    producer: 'screening',
    consumers: ['volunteers'],
    payload: ScreeningSessionCancelledV1,
    description: 'A screening session cancelled, with the reason: its shifts are cancelled.',
  },
  [EventSubject.screeningReferralCreated]: {
    producer: 'screening',
    consumers: ['partners'],
    payload: ScreeningReferralCreatedV1,
    description:
      "A positive stage 2's referral sent to the campaign's hospital (with the resident's consent to sharing): partners files it in the hospital's inbox as a `screening_referral` item, one per referral (`itemId`). Pseudonym, age, sex, community, instrument version and score; never identity.",
  },
  [EventSubject.counsellingSessionCompleted]: {
    producer: 'counselling',
    consumers: ['volunteers'],
    payload: SessionCompletedV1,
    description:
      "A counselling programme's session took place: its times and peer facilitators, whose hours volunteers records (unverified, for the programme's counsellors to verify).",
  },
} as const satisfies Record<EventSubject, EventDefinition>;

/**
 * The exceptions to "a subject's first token is its producer's context": subjects another service
 * addresses to a context, like commands delivered as events. They are named under the addressee's
 * context so that they live in its stream (`PARTNERS`), where its durable consumer reads them, and
 * their producer is the sender. Each is listed here on purpose; the catalogue's test refuses any other.
 */
export const ADDRESSED_SUBJECTS: readonly EventSubject[] = [EventSubject.partnersInboxItemReceived];

export type EventPayload<S extends EventSubject> = InstanceType<(typeof EVENT_CATALOGUE)[S]['payload']>;

/** The context (first token) of a subject, which names its stream. */
export function eventContext(subject: string): string {
  return subject.split('.', 1)[0];
}

export function isEventSubject(subject: string): subject is EventSubject {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, subject);
}

/** The payload class of a subject, for validating a payload whose subject is only known at run time. */
export function payloadClassOf(subject: EventSubject): new () => object {
  return EVENT_CATALOGUE[subject].payload;
}
