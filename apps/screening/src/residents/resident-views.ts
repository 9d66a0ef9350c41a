import type { Education } from '@linkage/screening-rules';
import type { ResidentConsentView, ResidentSummaryView, ResidentView } from './resident.dto';
import type { OpenFields } from './resident-fields';
import type { Resident, ResidentConsent } from './resident.entity';

export function summaryView(r: Resident): ResidentSummaryView {
  return {
    id: r.id,
    campaignId: r.campaignId,
    sessionId: r.sessionId,
    name: r.name,
    sex: r.sex,
    birthDate: r.birthDate,
    community: r.community,
    createdAt: r.createdAt.toISOString(),
  };
}

export function consentView(c: ResidentConsent): ResidentConsentView {
  return {
    id: c.id,
    kind: c.kind,
    granted: c.granted,
    textVersion: c.textVersion,
    takenBy: c.takenBy,
    takenAt: c.takenAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: c.withdrawnBy,
    withdrawalReason: c.withdrawalReason,
  };
}

/** The resident's education, when both level and years are on record. */
export function educationOf(r: Resident): Education | null {
  return r.educationLevel !== null && r.educationYears !== null
    ? { level: r.educationLevel, years: r.educationYears }
    : null;
}

export function residentView(r: Resident, open: OpenFields, consents: ResidentConsent[]): ResidentView {
  return {
    ...summaryView(r),
    idNumber: open.idNumber,
    phone: open.phone,
    address: open.address,
    education: educationOf(r),
    informant:
      r.informantName !== null
        ? { name: r.informantName, relation: r.informantRelation, phone: open.informantPhone }
        : null,
    consents: consents.map(consentView),
  };
}
