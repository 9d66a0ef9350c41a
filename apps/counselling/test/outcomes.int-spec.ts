import { principal, startTestService, tokenFor, type TestService } from '@linkage/testing';
import ExcelJS from 'exceljs';
import { addDays } from '../src/check-ins/local-date';
import { Clock } from '../src/clock/clock';
import { counsellingService } from '../src/counselling.service-definition';
import { SUPPRESSED_TEXT } from '../src/outcomes/outcome-export';
import { ftndAnswers } from './ftnd-answers';
import { eveningOf, quitGroup, type QuitGroup } from './quit-group';

const SUPPRESSED = { value: null, n: null, suppressed: true };

/** Item 8: pre/post measures and the group report, suppressed below five people, in JSON and XLSX. */
describe('counselling: outcomes', () => {
  let counselling: TestService;
  let clock: Clock;
  const quitDate = '2027-03-01';
  const on = (day: string) => jest.spyOn(clock, 'now').mockReturnValue(eveningOf(day));

  beforeAll(async () => {
    counselling = await startTestService(counsellingService, { BUDDY_NUDGE_INTERVAL_MS: '0' });
    clock = counselling.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await counselling?.close();
  });

  /** FTND before and after for each member, and week 4 smoke-free (or a lapse) for each. */
  async function measured(group: QuitGroup, scores: [number, number][], abstinent: boolean[]): Promise<void> {
    const base = `/api/programmes/${group.programmeId}`;
    for (const [i, m] of group.members.entries()) {
      for (const [phase, points] of [
        ['pre', scores[i][0]],
        ['post', scores[i][1]],
      ] as const) {
        const recorded = await group.counsellor.post(`${base}/outcomes/measures`, {
          enrolmentId: m.enrolmentId,
          phase,
          survey: 'ftnd',
          answers: ftndAnswers(points),
        });
        expect(recorded.status).toBe(201);
        expect(recorded.body).toMatchObject({
          instrument: 'ftnd',
          phase,
          score: points,
          lowerIsBetter: true,
        });
      }
      await m.http.request('PUT', `${base}/enrolments/${m.enrolmentId}/goal`, {
        quitDate,
        targetCigarettesPerDay: 0,
      });
      for (let d = 22; d <= 28; d += 1) {
        on(addDays(quitDate, d));
        const lapse = !abstinent[i] && d === 25;
        await m.http.post(`${base}/check-ins`, {
          cigarettes: lapse ? 2 : 0,
          craving: 2,
          mood: 'good',
          lapse,
        });
      }
    }
    on(addDays(quitDate, 30));
  }

  async function sheetOf(buffer: Buffer): Promise<(string | number | null)[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows: (string | number | null)[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    return rows;
  }

  const download = async (group: QuitGroup): Promise<Buffer> => {
    const response = await fetch(`${counselling.url}/api/programmes/${group.programmeId}/outcomes/export`, {
      headers: { authorization: `Bearer ${group.counsellorToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    return Buffer.from(await response.arrayBuffer());
  };

  it('a two-member group’s report and export show every figure suppressed', async () => {
    const group = await quitGroup(counselling, 2);
    await measured(
      group,
      [
        [7, 3],
        [5, 2],
      ],
      [true, true],
    );
    const report = await group.counsellor.get(`/api/programmes/${group.programmeId}/outcomes/report`);
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      programmeId: group.programmeId,
      asOf: addDays(quitDate, 30),
      measures: [
        {
          instrument: 'ftnd',
          lowerIsBetter: true,
          meanPre: SUPPRESSED,
          meanPost: SUPPRESSED,
          meanChange: SUPPRESSED,
          shareImproved: SUPPRESSED,
        },
      ],
      abstinence: [4, 12, 26].map((week) => ({ week, rate: SUPPRESSED })),
    });

    const rows = await sheetOf(await download(group));
    expect(rows[0]).toEqual(['指标 Figure', '数值 Value', '人数 People']);
    const figures = rows.slice(1, 8);
    expect(figures.map((r) => r[1])).toEqual(Array(7).fill(SUPPRESSED_TEXT));
    // No value and no count anywhere in the figures.
    expect(figures.flatMap((r) => r.slice(1)).filter((v) => typeof v === 'number')).toEqual([]);

    // A member sees their own measures only; the report is for the programme's counsellors alone.
    const [me] = group.members;
    const own = await me.http.get(`/api/programmes/${group.programmeId}/outcomes/measures`);
    expect(own.body.map((m: { enrolmentId: string }) => m.enrolmentId)).toEqual([
      me.enrolmentId,
      me.enrolmentId,
    ]);
    expect((await me.http.get(`/api/programmes/${group.programmeId}/outcomes/report`)).status).toBe(403);
    for (const role of ['admin', 'coordinator'] as const) {
      const other = counselling.http.withToken(await tokenFor(principal(role)));
      expect((await other.get(`/api/programmes/${group.programmeId}/outcomes/report`)).status).toBe(403);
      expect((await other.get(`/api/programmes/${group.programmeId}/outcomes/export`)).status).toBe(403);
    }
    const stranger = counselling.http.withToken(await tokenFor(principal('counsellor')));
    expect((await stranger.get(`/api/programmes/${group.programmeId}/outcomes/report`)).status).toBe(404);
    expect(
      (
        await stranger.post(`/api/programmes/${group.programmeId}/outcomes/measures`, {
          enrolmentId: me.enrolmentId,
          phase: 'pre',
          survey: 'ftnd',
          answers: ftndAnswers(3),
        })
      ).status,
    ).toBe(404);
    const bad = await group.counsellor.post(`/api/programmes/${group.programmeId}/outcomes/measures`, {
      enrolmentId: me.enrolmentId,
      phase: 'pre',
      survey: 'ftnd',
      answers: { ftnd_first_cigarette: 'never' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('MEASURE_INVALID');
  });

  it('a five-member group’s report and export show the figures', async () => {
    const group = await quitGroup(counselling, 5);
    await measured(
      group,
      [
        [7, 3],
        [5, 2],
        [6, 6],
        [4, 5],
        [8, 4],
      ],
      [true, true, false, true, false],
    );
    const report = await group.counsellor.get(`/api/programmes/${group.programmeId}/outcomes/report`);
    expect(report.body.measures).toEqual([
      {
        instrument: 'ftnd',
        lowerIsBetter: true,
        meanPre: { value: 6, n: 5, suppressed: false },
        meanPost: { value: 4, n: 5, suppressed: false },
        meanChange: { value: -2, n: 5, suppressed: false },
        shareImproved: { value: 0.6, n: 5, suppressed: false },
      },
    ]);
    expect(report.body.abstinence).toEqual([
      { week: 4, rate: { value: 0.6, n: 5, suppressed: false } },
      { week: 12, rate: SUPPRESSED },
      { week: 26, rate: SUPPRESSED },
    ]);

    const rows = await sheetOf(await download(group));
    expect(rows.slice(1, 8)).toEqual([
      ['FTND 前测均分 Mean before', 6, 5],
      ['FTND 后测均分 Mean after', 4, 5],
      ['FTND 平均变化 Mean change (after − before)', -2, 5],
      ['FTND 改善比例 Share improved', 0.6, 5],
      ['第4周7天点戒断率 7-day point-prevalence abstinence, week 4', 0.6, 5],
      ['第12周7天点戒断率 7-day point-prevalence abstinence, week 12', SUPPRESSED_TEXT, ''],
      ['第26周7天点戒断率 7-day point-prevalence abstinence, week 26', SUPPRESSED_TEXT, ''],
    ]);

    // A member who withdraws leaves the group's figures: four people are too few again.
    const [first] = group.members;
    await first.http.post(
      `/api/programmes/${group.programmeId}/enrolments/${first.enrolmentId}/withdraw`,
      {},
    );
    const after = await group.counsellor.get(`/api/programmes/${group.programmeId}/outcomes/report`);
    expect(after.body.measures[0].meanChange).toEqual(SUPPRESSED);
  });
});
