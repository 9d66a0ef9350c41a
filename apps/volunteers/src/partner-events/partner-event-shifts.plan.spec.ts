import type { PartnerEventScheduleV1 } from '@linkage/contracts';
import { partnerEventSchedule, partnerRole } from '../../test/partner-event-fixtures';
import {
  type CurrentShift,
  planCancellation,
  planShifts,
  REMOVED_FROM_SOURCE_REASON,
} from '../shifts/sourced-shifts.plan';
import { desiredShifts } from './partner-event-shifts.plan';

const NOW = new Date('2026-12-01T00:00:00Z');
const EVENT = '0192b7e2-0000-7000-8000-000000000001';

function schedule(overrides: Partial<PartnerEventScheduleV1> = {}): PartnerEventScheduleV1 {
  return partnerEventSchedule({
    eventId: EVENT,
    organisationId: '0192b7e2-0000-7000-8000-000000000002',
    venue: {
      name: '滨海路社区服务中心',
      address: '莱山区滨海路 1 号',
      latitude: 37.4512345678,
      longitude: 121.4,
    },
    roles: [
      partnerRole('guide', '签到引导'),
      partnerRole('medic', '健康测量', {
        count: 1,
        requiredSkills: ['测血压'],
        requiredCertifications: ['急救'],
        signupMode: 'approval',
      }),
    ],
    occurrences: [
      { key: '2026-12-05', startsAt: '2026-12-05T01:00:00Z', endsAt: '2026-12-05T04:00:00Z' },
      { key: '2026-12-12', startsAt: '2026-12-12T01:00:00Z', endsAt: '2026-12-12T04:00:00Z' },
    ],
    ...overrides,
  });
}

/** The first role at one occurrence of its own. */
function guideOnly(key: string, startsAt: string, endsAt: string): PartnerEventScheduleV1 {
  return schedule({ roles: [schedule().roles[0]], occurrences: [{ key, startsAt, endsAt }] });
}

/** The shifts as they would stand after applying `s`, with ids named after their refs. */
function asCurrent(
  s: PartnerEventScheduleV1,
  tweak: (c: CurrentShift) => Partial<CurrentShift> = () => ({}),
) {
  return desiredShifts(s).map((d) => {
    const shift: CurrentShift = { ...d.fields, id: `id:${d.ref}`, ref: d.ref, status: 'open', seatsTaken: 0 };
    return { ...shift, ...tweak(shift) };
  });
}

const kinds = (steps: ReturnType<typeof planShifts>) =>
  steps.map((s) =>
    s.kind === 'update' ? `update ${s.ref} ${Object.keys(s.changes).sort().join(',')}` : `${s.kind} ${s.ref}`,
  );

describe('desiredShifts', () => {
  it('makes one shift per role and occurrence, named <role>@<occurrence>', () => {
    const shifts = desiredShifts(schedule());
    expect(shifts.map((s) => s.ref)).toEqual([
      'guide@2026-12-05',
      'medic@2026-12-05',
      'guide@2026-12-12',
      'medic@2026-12-12',
    ]);
    expect(shifts[1].fields).toMatchObject({
      title: '关爱老人上门探访 · 健康测量',
      description: '为独居老人测血压、聊天\n\n当天联系人：王主任 13905351234',
      venue: '滨海路社区服务中心',
      address: '莱山区滨海路 1 号',
      latitude: 37.451235,
      longitude: 121.4,
      capacity: 1,
      requiredSkills: ['测血压'],
      requiredCertifications: ['急救'],
      signupMode: 'approval',
      startsAt: new Date('2026-12-05T01:00:00Z'),
    });
  });

  it.each([
    ['a description and a contact', '说明', '王主任', null, '说明\n\n当天联系人：王主任'],
    ['only the contact', null, '王主任', '139', '当天联系人：王主任 139'],
    ['only the description', '说明', null, null, '说明'],
    ['neither', '  ', null, null, null],
  ])('describes a shift with %s', (_case, description, contactName, contactPhone, expected) => {
    const [first] = desiredShifts(schedule({ description, contactName, contactPhone }));
    expect(first.fields.description).toBe(expected);
  });
});

// The shifts' plan (shifts/sourced-shifts.plan.ts), driven by partner events' schedules.
describe('planShifts', () => {
  const later = (iso: string, hours: number) =>
    new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();

  it.each<[string, () => ReturnType<typeof planShifts>, string[]]>([
    [
      'creates every shift of a new event',
      () => planShifts([], desiredShifts(schedule()), NOW),
      [
        'create guide@2026-12-05',
        'create medic@2026-12-05',
        'create guide@2026-12-12',
        'create medic@2026-12-12',
      ],
    ],
    [
      'does nothing when the schedule is what the shifts already are',
      () => planShifts(asCurrent(schedule()), desiredShifts(schedule({ version: 2 })), NOW),
      [],
    ],
    [
      'moves the shifts of an occurrence whose time moved',
      () => {
        const moved = schedule({
          occurrences: [
            {
              key: '2026-12-05',
              startsAt: later('2026-12-05T01:00:00Z', 1),
              endsAt: later('2026-12-05T04:00:00Z', 1),
            },
            { key: '2026-12-12', startsAt: '2026-12-12T01:00:00Z', endsAt: '2026-12-12T04:00:00Z' },
          ],
        });
        return planShifts(asCurrent(schedule()), desiredShifts(moved), NOW);
      },
      ['update guide@2026-12-05 endsAt,startsAt', 'update medic@2026-12-05 endsAt,startsAt'],
    ],
    [
      'raises the capacity of a role whose count grew',
      () => {
        const s = schedule();
        const more = schedule({ roles: [{ ...s.roles[0], count: 5 }, s.roles[1]] });
        return planShifts(asCurrent(s), desiredShifts(more), NOW);
      },
      ['update guide@2026-12-05 capacity', 'update guide@2026-12-12 capacity'],
    ],
    [
      'cancels the shifts of a removed role and creates those of a new one',
      () => {
        const s = schedule();
        const swapped = schedule({ roles: [s.roles[0], { ...s.roles[1], key: 'talk', name: '宣讲' }] });
        return planShifts(asCurrent(s), desiredShifts(swapped), NOW);
      },
      [
        'create talk@2026-12-05',
        'create talk@2026-12-12',
        'cancel medic@2026-12-05',
        'cancel medic@2026-12-12',
      ],
    ],
    [
      'cancels the shifts of a removed occurrence',
      () => {
        const s = schedule();
        return planShifts(asCurrent(s), desiredShifts(schedule({ occurrences: [s.occurrences[0]] })), NOW);
      },
      ['cancel guide@2026-12-12', 'cancel medic@2026-12-12'],
    ],
    [
      'updates venue, title and requirements, each only where they differ',
      () => {
        const s = schedule();
        const changed = schedule({
          title: '上门探访',
          venue: { ...s.venue, name: '滨海路社区活动室' },
          roles: [s.roles[0], { ...s.roles[1], requiredSkills: [], signupMode: 'auto' }],
          occurrences: [s.occurrences[0]],
        });
        return planShifts(
          asCurrent(schedule({ occurrences: [s.occurrences[0]] })),
          desiredShifts(changed),
          NOW,
        );
      },
      [
        'update guide@2026-12-05 title,venue',
        'update medic@2026-12-05 requiredSkills,signupMode,title,venue',
      ],
    ],
    [
      'does not lower a capacity below the seats taken, nor repeat it',
      () => {
        const s = schedule();
        const fewer = schedule({ roles: [{ ...s.roles[0], count: 1 }, s.roles[1]] });
        return planShifts(
          asCurrent(s, (c) => ({ seatsTaken: c.ref?.startsWith('guide') ? 2 : 0 })),
          desiredShifts(fewer),
          NOW,
        );
      },
      [],
    ],
    [
      'lowers a capacity as far as the seats taken',
      () => {
        const s = schedule();
        const fewer = schedule({ roles: [{ ...s.roles[0], count: 1 }, s.roles[1]] });
        return planShifts(
          asCurrent(s, (c) => ({
            seatsTaken: c.ref === 'guide@2026-12-05' ? 1 : c.ref?.startsWith('guide') ? 2 : 0,
          })),
          desiredShifts(fewer),
          NOW,
        );
      },
      ['update guide@2026-12-05 capacity'],
    ],
    [
      'leaves alone the shifts of an occurrence already over',
      () => {
        const s = schedule();
        const moved = schedule({
          roles: [{ ...s.roles[0], count: 9 }],
          occurrences: [{ key: 'past', startsAt: '2026-11-20T01:00:00Z', endsAt: '2026-11-20T04:00:00Z' }],
        });
        const over = asCurrent(moved, () => ({ capacity: 2 }));
        return planShifts(over, desiredShifts(schedule({ roles: [s.roles[0]], occurrences: [] })), NOW);
      },
      [],
    ],
    [
      'creates nothing for an occurrence already over',
      () =>
        planShifts([], desiredShifts(guideOnly('past', '2026-11-20T01:00:00Z', '2026-11-20T04:00:00Z')), NOW),
      ['skip guide@past'],
    ],
    [
      'skips an occurrence longer than a shift may be',
      () =>
        planShifts([], desiredShifts(guideOnly('long', '2026-12-05T01:00:00Z', '2026-12-06T04:00:00Z')), NOW),
      ['skip guide@long'],
    ],
    [
      'does not bring back a cancelled shift nor cancel it again',
      () => {
        const s = schedule({ roles: [schedule().roles[0]], occurrences: [schedule().occurrences[0]] });
        return planShifts(
          asCurrent(s, () => ({ status: 'cancelled' })),
          desiredShifts(s),
          NOW,
        );
      },
      ['skip guide@2026-12-05'],
    ],
    [
      'leaves a completed shift and one made without a ref alone',
      () => {
        const s = schedule({ roles: [schedule().roles[0]], occurrences: [schedule().occurrences[0]] });
        const current = [
          ...asCurrent(s, () => ({ status: 'completed', capacity: 7 })),
          { ...asCurrent(s)[0], id: 'manual', ref: null },
        ];
        return planShifts(current, [], NOW);
      },
      [],
    ],
  ])('%s', (_name, plan, expected) => {
    expect(kinds(plan())).toEqual(expected);
  });

  it('gives removed shifts the reason volunteers are told', () => {
    const s = schedule();
    const [step] = planShifts(
      asCurrent(s),
      desiredShifts(schedule({ occurrences: [s.occurrences[0]] })),
      NOW,
    );
    expect(step).toMatchObject({
      kind: 'cancel',
      shiftId: 'id:guide@2026-12-12',
      reason: REMOVED_FROM_SOURCE_REASON,
    });
  });
});

describe('planCancellation', () => {
  it.each<[string, Partial<CurrentShift>, boolean]>([
    ['an open shift', {}, true],
    ['a full shift', { status: 'full', seatsTaken: 2 }, true],
    ['a closed shift', { status: 'closed' }, true],
    ['a cancelled shift', { status: 'cancelled' }, false],
    ['a completed shift', { status: 'completed' }, false],
    [
      'a shift already over',
      { endsAt: new Date('2026-11-30T00:00:00Z'), startsAt: new Date('2026-11-29T23:00:00Z') },
      false,
    ],
  ])('cancels %s: %s', (_name, tweak, cancelled) => {
    const s = schedule({ roles: [schedule().roles[0]], occurrences: [schedule().occurrences[0]] });
    const steps = planCancellation(
      asCurrent(s, () => tweak),
      '场地临时维修',
      NOW,
    );
    expect(steps).toEqual(
      cancelled
        ? [
            {
              kind: 'cancel',
              shiftId: 'id:guide@2026-12-05',
              ref: 'guide@2026-12-05',
              reason: '场地临时维修',
            },
          ]
        : [],
    );
  });
});
