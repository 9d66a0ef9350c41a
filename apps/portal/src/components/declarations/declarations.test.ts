import { describe, expect, it } from 'vitest';
import type { Declaration } from './declarations';
import { declarationCategoryKey, declarationInboxFacts, declarationOutcomeBody } from './declaration-inbox';
import { reviewerOf, reviewerText } from './declarations';
import { queueRows, servedFor } from './review-queue';

const declaration = (over: Partial<Declaration> = {}): Declaration => ({
  id: 'd1',
  volunteerId: 'v1',
  volunteerName: '李晓雯',
  shiftId: null,
  partnerOrganisationId: null,
  partnerOrganisationName: null,
  activity: '滨海路社区敬老院探访',
  serviceDate: '2026-11-21',
  place: '滨海路社区敬老院',
  content: '陪老人聊天',
  hours: '2.00',
  contactName: '李主任',
  contactPhone: '0535-6661234',
  status: 'pending',
  rejectReason: null,
  reviewerRole: null,
  reviewedAt: null,
  hoursRecordId: null,
  createdAt: '2026-11-21T12:00:00.000Z',
  ...over,
});

describe('who confirms a declaration', () => {
  it.each([
    [{}, { kind: 'station' }],
    [{ shiftId: 's1' }, { kind: 'leaderOrStation' }],
    [
      { partnerOrganisationId: 'o1', partnerOrganisationName: '莱山区滨海路社区居委会' },
      { kind: 'partner', name: '莱山区滨海路社区居委会' },
    ],
    [{ shiftId: 's1', status: 'confirmed', reviewerRole: 'team_leader' }, { kind: 'leader' }],
    [{ shiftId: 's1', status: 'rejected', reviewerRole: 'coordinator' }, { kind: 'station' }],
    [
      { partnerOrganisationName: '莱山区滨海路社区居委会', status: 'confirmed', reviewerRole: 'partner' },
      { kind: 'partner', name: '莱山区滨海路社区居委会' },
    ],
    // Before the partners inbox took them, a coordinator confirmed declarations naming a partner.
    [
      { partnerOrganisationName: '莱山区滨海路社区居委会', status: 'confirmed', reviewerRole: 'coordinator' },
      { kind: 'station' },
    ],
  ] as const)('%o: %o', (over, reviewer) => {
    expect(reviewerOf(declaration(over as Partial<Declaration>))).toEqual(reviewer);
  });

  it('is named by its words, or a partner by its name', () => {
    const t = (key: string) => `<${key}>`;
    expect(reviewerText(t, { kind: 'leaderOrStation' })).toBe('<declare.by.leaderOrStation>');
    expect(reviewerText(t, { kind: 'partner', name: '莱山区滨海路社区居委会' })).toBe(
      '莱山区滨海路社区居委会',
    );
  });
});

describe('the reviewers’ queue', () => {
  const a = declaration({ id: 'a', shiftId: 's1', createdAt: '2026-11-22T00:00:00.000Z' });
  const b = declaration({ id: 'b', createdAt: '2026-11-20T00:00:00.000Z' });

  it('puts the longest waiting first when pending, with the shifts’ titles', () => {
    const rows = queueRows([a, b], new Map([['s1', '冬季消防安全入户宣传']]), 'pending');
    expect(rows.map((r) => [r.declaration.id, r.shiftTitle])).toEqual([
      ['b', null],
      ['a', '冬季消防安全入户宣传'],
    ]);
  });

  it('keeps the API’s order (newest first) otherwise', () => {
    expect(queueRows([a, b], new Map(), 'all').map((r) => r.declaration.id)).toEqual(['a', 'b']);
  });

  it('says whom the service was for', () => {
    const t = ((key: string, o?: Record<string, string>) =>
      `${key}:${o ? Object.values(o).join() : ''}`) as never;
    expect(servedFor(t, { declaration: a, shiftTitle: '冬季消防安全入户宣传' })).toBe(
      'declarations.forShift:冬季消防安全入户宣传',
    );
    expect(servedFor(t, { declaration: a, shiftTitle: null })).toBe('declarations.forShift:—');
    expect(
      servedFor(t, { declaration: declaration({ partnerOrganisationName: '滨海路' }), shiftTitle: null }),
    ).toBe('declarations.forPartner:滨海路');
    expect(servedFor(t, { declaration: b, shiftTitle: null })).toBe('declarations.forNone:');
  });
});

describe('a declaration in the partner’s inbox', () => {
  it('reads the facts the volunteers service sent', () => {
    expect(
      declarationInboxFacts({
        volunteer: '李晓雯',
        serviceDate: '2026-11-21',
        place: '滨海路社区敬老院',
        hours: '2.00',
        contactName: '李主任',
        contactPhone: '0535-6661234',
      }),
    ).toEqual({
      volunteer: '李晓雯',
      serviceDate: '2026-11-21',
      place: '滨海路社区敬老院',
      hours: 2,
      contactName: '李主任',
      contactPhone: '0535-6661234',
    });
    expect(declarationInboxFacts(null)).toEqual({
      volunteer: '',
      serviceDate: null,
      place: '',
      hours: null,
      contactName: '',
      contactPhone: '',
    });
  });

  it('answers a confirmation as completed, category confirmed', () => {
    expect(declarationOutcomeBody({ decision: 'confirm', notes: ' ', reason: '不用' })).toEqual({
      status: 'completed',
      category: 'confirmed',
      notes: undefined,
    });
  });

  it('answers a refusal as declined, category rejected, with the reason', () => {
    expect(declarationOutcomeBody({ decision: 'reject', reason: ' 当天没有这项活动 ' })).toEqual({
      status: 'declined',
      category: 'rejected',
      notes: '当天没有这项活动',
    });
  });

  it.each([
    ['confirmed', 'declarationInbox.outcomes.confirmed'],
    ['rejected', 'declarationInbox.outcomes.rejected'],
    ['diagnosed_mci', null],
    [null, null],
  ])('names the category %s by %s', (category, key) => {
    expect(declarationCategoryKey(category)).toBe(key);
  });
});
