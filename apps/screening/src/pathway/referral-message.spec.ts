import { referralInboxItem } from './referral-message';

describe('referralInboxItem', () => {
  const item = referralInboxItem({
    referralId: '0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f',
    organisationId: '0192b7e2-8d4e-7f6a-9b7c-9d0e1f2a3b4c',
    pseudonym: 'R-3F9A2C1B7D',
    age: 70,
    sex: 'female',
    community: '滨海路社区',
    instrument: 'MOCA',
    version: 'MOCA@1',
    score: 23,
    screenedOn: '2026-10-23',
    sentAt: new Date('2026-10-23T02:00:00.000Z'),
    dueAt: new Date('2026-11-22T02:00:00.000Z'),
  });

  it('is a screening referral from the referral, in Chinese, with the instrument and score', () => {
    expect(item).toMatchObject({
      itemId: '0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f',
      kind: 'screening_referral',
      title: '认知筛查阳性转介：居民 R-3F9A2C1B7D，70 岁',
      origin: {
        service: 'screening',
        entityType: 'referral',
        entityId: '0193c4d5-7777-7c3d-8e4f-5a6b7c8d9e0f',
      },
      details: {
        pseudonym: 'R-3F9A2C1B7D',
        age: 70,
        sex: '女',
        community: '滨海路社区',
        instrument: 'MOCA@1',
        score: 23,
      },
      dueAt: '2026-11-22T02:00:00.000Z',
    });
    expect(item.summary).toContain('MoCA 23 分');
  });

  it('names no one: no name, ID number or phone field', () => {
    expect(Object.keys(item.details ?? {})).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/name|idNumber|phone|address/i)]),
    );
  });
});
