import { Test } from '@nestjs/testing';
import { IntervalJobs } from './interval-jobs';
import { JobsModule } from './jobs.module';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await wait(5);
  expect(condition()).toBe(true);
}

async function jobsApp(): Promise<{ jobs: IntervalJobs; close: () => Promise<void> }> {
  const module = await Test.createTestingModule({ imports: [JobsModule] }).compile();
  await module.init();
  return { jobs: module.get(IntervalJobs), close: () => module.close() };
}

describe('IntervalJobs', () => {
  it('schedules nothing for an interval of 0', async () => {
    const { jobs, close } = await jobsApp();
    const work = jest.fn(() => Promise.resolve());
    jobs.every('off', 0, work);
    await wait(30);
    expect(jobs.scheduled()).toEqual([]);
    expect(work).not.toHaveBeenCalled();
    await close();
  });

  it('runs the work every interval, registered by name', async () => {
    const { jobs, close } = await jobsApp();
    const work = jest.fn(() => Promise.resolve());
    jobs.every('sweep', 5, work);
    expect(jobs.scheduled()).toEqual(['sweep']);
    expect(() => jobs.every('sweep', 5, work)).toThrow('A job named sweep is scheduled already');
    await until(() => work.mock.calls.length >= 2);
    await close();
  });

  it('never starts a run while the previous one is going, and goes on after a failure', async () => {
    const { jobs, close } = await jobsApp();
    let active = 0;
    let most = 0;
    let runs = 0;
    jobs.every('slow', 2, async () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      await wait(15);
      active -= 1;
      if (runs === 1) throw new Error('first run fails');
    });
    await until(() => runs >= 3);
    await close();
    expect(most).toBe(1);
  });

  it('on shutdown stops the timers and waits for the run under way', async () => {
    const { jobs, close } = await jobsApp();
    let finished = false;
    let runs = 0;
    jobs.every('long', 2, async () => {
      runs += 1;
      await wait(40);
      finished = true;
    });
    await until(() => runs === 1);
    await close();
    expect(finished).toBe(true);
    expect(jobs.scheduled()).toEqual([]);
    await wait(20);
    expect(runs).toBe(1);
  });
});
