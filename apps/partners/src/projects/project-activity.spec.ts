import type { Principal } from '@linkage/auth';
import { ProjectActivity, projectTotals, type ProjectEventSummary } from './project-activity';

const event = (over: Partial<ProjectEventSummary>): ProjectEventSummary => ({
  eventId: 'e',
  title: '关爱老人探访',
  organisationId: 'o',
  status: 'approved',
  startsAt: '2026-12-05T01:00:00.000Z',
  volunteersNeeded: 0,
  volunteersConfirmed: 0,
  verifiedHours: 0,
  ...over,
});

const viewer = { accountId: 'a', roles: ['coordinator'] } as Principal;

describe('projectTotals', () => {
  it.each<[string, ProjectEventSummary[], ReturnType<typeof projectTotals>]>([
    ['no events', [], { eventsCount: 0, volunteersNeeded: 0, volunteersConfirmed: 0, verifiedHours: 0 }],
    [
      'two events, hours kept to two places',
      [
        event({ volunteersNeeded: 6, volunteersConfirmed: 4, verifiedHours: 10.1 }),
        event({ volunteersNeeded: 2, volunteersConfirmed: 2, verifiedHours: 0.2 }),
      ],
      { eventsCount: 2, volunteersNeeded: 8, volunteersConfirmed: 6, verifiedHours: 10.3 },
    ],
  ])('%s', (_name, events, expected) => {
    expect(projectTotals(events)).toEqual(expected);
  });
});

describe('ProjectActivity', () => {
  it('has no events until a source registers, then asks every source, in time order', async () => {
    const activity = new ProjectActivity();
    expect(await activity.eventsOf('p', viewer)).toEqual([]);
    const later = event({ eventId: 'later', startsAt: '2026-12-12T01:00:00.000Z' });
    const sooner = event({ eventId: 'sooner', startsAt: '2026-12-05T01:00:00.000Z' });
    const source = { eventsOf: jest.fn().mockResolvedValue([later]) };
    activity.register(source);
    activity.register(source);
    activity.register({ eventsOf: () => Promise.resolve([sooner]) });
    expect((await activity.eventsOf('p', viewer)).map((e) => e.eventId)).toEqual(['sooner', 'later']);
    expect(source.eventsOf).toHaveBeenCalledTimes(1);
    expect(source.eventsOf).toHaveBeenCalledWith('p', viewer);
  });
});
