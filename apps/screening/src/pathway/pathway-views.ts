import { isOverdueOn, referralOverdue } from './pathway-rules';
import type { FollowUpView, ReferralView, Stage2TaskView } from './pathway.dto';
import type { Stage2TaskRow } from './pathway.repository';
import type { FollowUp } from './follow-up.repository';
import type { ReferralFields } from './referral-fields';
import type { Referral } from './referral.repository';

/** "Now" as the overdue rules need it: the instant, today's local date, and the referral's wait. */
export interface Moment {
  now: Date;
  today: string;
  referralDays: number;
}

export function stage2TaskView(t: Stage2TaskRow, m: Moment): Stage2TaskView {
  return {
    id: t.id,
    status: t.status,
    dueOn: t.dueOn,
    overdue: t.status === 'open' && isOverdueOn(t.dueOn, m.today),
    createdAt: t.createdAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
  };
}

export function isReferralOverdue(r: Referral, m: Moment): boolean {
  return (
    (r.status === 'sent' || r.status === 'accepted') &&
    r.sentAt !== null &&
    referralOverdue(r.sentAt, m.now, m.referralDays)
  );
}

export function referralView(r: Referral, fields: ReferralFields, m: Moment): ReferralView {
  return {
    id: r.id,
    residentId: r.residentId,
    campaignId: r.campaignId,
    community: r.community,
    version: r.version,
    score: fields.openScore(r.id, r.scoreEnc),
    status: r.status,
    organisationId: r.organisationId,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    overdue: isReferralOverdue(r, m),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    outcome:
      r.outcomeStatus && r.outcomeAt
        ? {
            status: r.outcomeStatus,
            diagnosisCategory: r.diagnosisCategory,
            advice: fields.openAdvice(r.id, r.adviceEnc),
            recordedAt: r.outcomeAt.toISOString(),
            recordedBy: r.outcomeByName ?? '',
          }
        : null,
  };
}

export function followUpView(f: FollowUp, note: string | null, m: Moment): FollowUpView {
  return {
    id: f.id,
    kind: f.kind,
    status: f.status,
    dueOn: f.dueOn,
    overdue: f.status === 'planned' && f.dueOn !== null && isOverdueOn(f.dueOn, m.today),
    referralId: f.referralId,
    plannedBy: f.plannedBy,
    doneAt: f.doneAt?.toISOString() ?? null,
    doneBy: f.doneBy,
    note,
  };
}
