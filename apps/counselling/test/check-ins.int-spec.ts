import { principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { addDays } from '../src/check-ins/local-date';
import { Clock } from '../src/clock/clock';
import { counsellingService } from '../src/counselling.service-definition';
import { eveningOf, quitGroup, type QuitGroup } from './quit-group';

/** Item 6: goals, one check-in a local day, the smoke-free streak and point prevalence. */
describe('counselling: goals and daily check-ins', () => {
  let counselling: TestService;
  let clock: Clock;
  let group: QuitGroup;
  const quitDate = '2027-01-04';
  const on = (day: string) => jest.spyOn(clock, 'now').mockReturnValue(eveningOf(day));

  beforeAll(async () => {
    counselling = await startTestService(counsellingService, { BUDDY_NUDGE_INTERVAL_MS: '0' });
    clock = counselling.app.get(Clock);
    group = await quitGroup(counselling, 2, ['陈思远', '赵一鸣']);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await counselling?.close();
  });

  it('a member sets a quit date, checks in four days running for a 4-day streak, lapses and starts again', async () => {
    const [me, other] = group.members;
    const base = `/api/programmes/${group.programmeId}`;
    const goal = await me.http.request('PUT', `${base}/enrolments/${me.enrolmentId}/goal`, {
      quitDate,
      targetCigarettesPerDay: 0,
    });
    expect(goal.status).toBe(200);
    expect(goal.body).toMatchObject({ quitDate, targetCigarettesPerDay: 0 });
    const byCounsellor = await group.counsellor.request(
      'PUT',
      `${base}/enrolments/${other.enrolmentId}/goal`,
      {
        quitDate: '2027-01-05',
        targetCigarettesPerDay: 2,
      },
    );
    expect(byCounsellor.status).toBe(200);
    expect(
      (
        await me.http.request('PUT', `${base}/enrolments/${other.enrolmentId}/goal`, {
          quitDate,
          targetCigarettesPerDay: 0,
        })
      ).status,
    ).toBe(404);
    const bad = await me.http.request('PUT', `${base}/enrolments/${me.enrolmentId}/goal`, {
      quitDate: '2027-02-30',
      targetCigarettesPerDay: 0,
    });
    expect(bad.status).toBe(400);

    for (let i = 0; i < 4; i += 1) {
      on(addDays(quitDate, i));
      const checked = await me.http.post(`${base}/check-ins`, {
        cigarettes: 0,
        craving: 6 - i,
        mood: 'neutral',
        lapse: false,
        ...(i === 1 ? { note: '晚饭后很想抽，出去散步了' } : {}),
      });
      expect(checked.status).toBe(200);
      expect(checked.body.localDate).toBe(addDays(quitDate, i));
    }
    const progress = await me.http.get(`${base}/enrolments/${me.enrolmentId}/progress`);
    expect(progress.body).toMatchObject({ quitDate, streak: 4, lastCheckInOn: addDays(quitDate, 3) });
    expect(progress.body.pointPrevalence).toEqual([
      { week: 4, assessedOn: addDays(quitDate, 28), status: 'not_due' },
      { week: 12, assessedOn: addDays(quitDate, 84), status: 'not_due' },
      { week: 26, assessedOn: addDays(quitDate, 182), status: 'not_due' },
    ]);

    // Day 5: a lapse resets the streak; sending the day again replaces it (one check-in a day).
    on(addDays(quitDate, 4));
    await me.http.post(`${base}/check-ins`, { cigarettes: 3, craving: 9, mood: 'bad', lapse: true });
    expect((await me.http.get(`${base}/enrolments/${me.enrolmentId}/progress`)).body.streak).toBe(0);
    const again = await me.http.post(`${base}/check-ins`, {
      cigarettes: 2,
      craving: 8,
      mood: 'bad',
      lapse: true,
    });
    expect(again.status).toBe(200);
    on(addDays(quitDate, 5));
    await me.http.post(`${base}/check-ins`, { cigarettes: 0, craving: 5, mood: 'good', lapse: false });
    expect((await me.http.get(`${base}/enrolments/${me.enrolmentId}/progress`)).body.streak).toBe(1);

    const mine = await me.http.get(`${base}/enrolments/${me.enrolmentId}/check-ins`);
    expect(mine.body.map((c: { localDate: string }) => c.localDate)).toEqual(
      [5, 4, 3, 2, 1, 0].map((d) => addDays(quitDate, d)),
    );
    expect(mine.body[1]).toMatchObject({ cigarettes: 2, craving: 8, lapse: true });
    expect(mine.body[4].note).toBe('晚饭后很想抽，出去散步了');
    const [row] = await counselling.app
      .get(DataSource)
      .query('SELECT note FROM check_ins WHERE enrolment_id = ? AND note IS NOT NULL', [me.enrolmentId]);
    expect(row.note).toMatch(/^v1\./);
    expect(row.note).not.toContain('散步');

    // The programme's counsellor sees members' check-ins; another member, another counsellor and an admin do not.
    const seen = await group.counsellor.get(`${base}/enrolments/${me.enrolmentId}/check-ins`);
    expect(seen.body).toHaveLength(6);
    expect((await other.http.get(`${base}/enrolments/${me.enrolmentId}/check-ins`)).status).toBe(404);
    expect((await other.http.get(`${base}/enrolments/${me.enrolmentId}/progress`)).status).toBe(404);
    const stranger = counselling.http.withToken(await tokenFor(principal('counsellor')));
    expect((await stranger.get(`${base}/enrolments/${me.enrolmentId}/check-ins`)).status).toBe(404);
    const admin = counselling.http.withToken(await tokenFor(principal('admin')));
    expect((await admin.get(`${base}/enrolments/${me.enrolmentId}/check-ins`)).status).toBe(403);
    expect(
      (
        await group.counsellor.post(`${base}/check-ins`, {
          cigarettes: 0,
          craving: 0,
          mood: 'good',
          lapse: false,
        })
      ).status,
    ).toBe(403);
  });

  it('counts 7-day point prevalence at week 4 once it is due', async () => {
    const [, member] = group.members;
    const base = `/api/programmes/${group.programmeId}`;
    const memberQuit = '2027-01-05';
    for (let d = 22; d <= 28; d += 1) {
      on(addDays(memberQuit, d));
      await member.http.post(`${base}/check-ins`, { cigarettes: 0, craving: 1, mood: 'good', lapse: false });
    }
    const progress = await group.counsellor.get(`${base}/enrolments/${member.enrolmentId}/progress`);
    expect(progress.body.pointPrevalence[0]).toEqual({
      week: 4,
      assessedOn: addDays(memberQuit, 28),
      status: 'abstinent',
    });
    expect(progress.body.streak).toBe(7);
  });
});
