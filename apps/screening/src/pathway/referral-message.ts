import type { InboxItemReceivedV1 } from '@linkage/contracts';

export interface ReferralFacts {
  referralId: string;
  organisationId: string;
  pseudonym: string;
  age: number;
  sex: 'male' | 'female';
  community: string;
  instrument: string;
  version: string;
  score: number;
  screenedOn: string;
  sentAt: Date;
  dueAt: Date;
}

const SEX: Record<ReferralFacts['sex'], string> = { male: '男', female: '女' };
const LABEL: Record<string, string> = { MMSE: 'MMSE', MOCA: 'MoCA', AD8: 'AD8', MINI_COG: 'Mini-Cog' };

/**
 * The referral as the hospital's inbox receives it: in Chinese, de-identified. Never a name, an ID number,
 * a phone or an address: the resident is a pseudonym with age, sex and community, and the stage-2
 * instrument and score; the memory clinic contacts the resident through the station. Sent only when the
 * resident consented to sharing with the hospital.
 */
export function referralInboxItem(f: ReferralFacts): InboxItemReceivedV1 {
  const label = LABEL[f.instrument] ?? f.instrument;
  return {
    itemId: f.referralId,
    organisationId: f.organisationId,
    kind: 'screening_referral',
    title: `认知筛查阳性转介：居民 ${f.pseudonym}，${f.age} 岁`,
    summary: `${f.community}，${f.age} 岁${SEX[f.sex]}性；复筛 ${label} ${f.score} 分（阳性）。请安排记忆门诊评估，并在收件箱中回复结果。`,
    origin: { service: 'screening', entityType: 'referral', entityId: f.referralId },
    details: {
      pseudonym: f.pseudonym,
      age: f.age,
      sex: SEX[f.sex],
      community: f.community,
      instrument: f.version,
      score: f.score,
      screenedOn: f.screenedOn,
    },
    dueAt: f.dueAt.toISOString(),
    sentAt: f.sentAt.toISOString(),
  };
}
