import {
  formatHandoverNumber,
  HANDOVER_COLUMNS,
  handoverCsv,
  handoverRow,
  type HandoverSource,
  type VolunteerFacts,
} from './handover-columns';

const record: HandoverSource = {
  hoursRecordId: '0192b7e2-e3f4-7a5b-9c6d-7e8f9a0b1c2d',
  volunteerId: 'v1',
  volunteerName: '李晓雯',
  nationalVolunteerNumber: 'YT2026000888',
  studentNumber: '2023110101',
  teamName: '消防安全志愿服务队',
  activity: '滨海路社区 · 冬季消防安全入户宣传',
  sourceType: 'partner_event',
  venue: '滨海路社区党群服务中心',
  serviceDate: '2026-12-01',
  checkedInAt: new Date('2026-12-01T00:55:00Z'),
  checkedOutAt: new Date('2026-12-01T04:05:00Z'),
  hours: '3.00',
  recordedBy: 'acc-leader',
  recordedAt: new Date('2026-12-01T04:05:00Z'),
  verifiedBy: 'acc-partner',
  verifierOrganisation: '滨海路社区居委会',
  verifiedAt: new Date('2026-12-02T01:00:00Z'),
};
const facts: VolunteerFacts = {
  training: ['消防安全（2025-03-01 取得）'],
  awards: ['优秀志愿者'],
  certificates: [
    { number: 'LK-2026-000001', issuedOn: '2026-11-30' },
    { number: 'LK-2026-000007', issuedOn: '2026-12-03' },
  ],
  totalVerifiedHours: '120.5',
};

describe('the hand-over row', () => {
  it('carries every element of the national standard, local times and the certificate that covers it', () => {
    expect(handoverRow(1, record, facts)).toEqual({
      position: '1',
      volunteerName: '李晓雯',
      nationalVolunteerNumber: 'YT2026000888',
      studentNumber: '2023110101',
      teamName: '消防安全志愿服务队',
      activity: '滨海路社区 · 冬季消防安全入户宣传',
      source: '合作方活动',
      venue: '滨海路社区党群服务中心',
      serviceDate: '2026-12-01',
      startedAt: '2026-12-01T08:55:00+08:00',
      endedAt: '2026-12-01T12:05:00+08:00',
      hours: '3.00',
      recordedBy: 'acc-leader',
      recordedAt: '2026-12-01T12:05:00+08:00',
      verifiedBy: '滨海路社区居委会 / acc-partner',
      verifiedAt: '2026-12-02T09:00:00+08:00',
      training: '消防安全（2025-03-01 取得）',
      awards: '一星志愿者；优秀志愿者',
      certificate: 'LK-2026-000007',
      hoursRecordId: record.hoursRecordId,
    });
  });

  it('leaves cells empty when there is no unified number, team, partner, award or certificate yet', () => {
    const row = handoverRow(
      2,
      { ...record, nationalVolunteerNumber: null, teamName: null, verifierOrganisation: null },
      { ...facts, certificates: [], awards: [], totalVerifiedHours: '12' },
    );
    expect(row).toMatchObject({
      nationalVolunteerNumber: '',
      teamName: '',
      verifiedBy: 'acc-partner',
      certificate: '',
      awards: '',
    });
  });

  it('writes CSV with a BOM, the headings in order and no formulas', () => {
    const csv = handoverCsv([handoverRow(1, { ...record, volunteerName: '=HYPERLINK("x")' }, facts)]);
    const [head, line] = csv.split('\r\n');
    expect(head).toBe(`\uFEFF${HANDOVER_COLUMNS.map((c) => c.header).join(',')}`);
    expect(line).toContain(`"'=HYPERLINK(""x"")",YT2026000888`);
  });

  it('numbers batches per year', () => {
    expect(formatHandoverNumber(2026, 7)).toBe('HO-2026-0007');
  });
});
