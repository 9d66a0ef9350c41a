import { scheduleErrors, type Schedule } from './shift-schedule.rule';

const at = (hhmm: string, day = '08'): Date => new Date(`2026-09-${day}T${hhmm}:00+08:00`);
const shift = (overrides: Partial<Schedule> = {}): Schedule => ({
  startsAt: at('09:00'),
  endsAt: at('12:00'),
  opensAt: null,
  closesAt: null,
  ...overrides,
});

describe('scheduleErrors', () => {
  it.each<[string, Schedule, string[]]>([
    ['a plain morning shift', shift(), []],
    [
      'with a window before the start',
      shift({ opensAt: at('09:00', '01'), closesAt: at('18:00', '07') }),
      [],
    ],
    ['sign-ups may close during the shift', shift({ closesAt: at('10:00') }), []],
    ['ends when it starts', shift({ endsAt: at('09:00') }), ['endsAt']],
    ['ends before it starts', shift({ endsAt: at('08:00') }), ['endsAt']],
    ['lasts 24 hours exactly', shift({ endsAt: at('09:00', '09') }), []],
    ['lasts longer than 24 hours', shift({ endsAt: at('09:01', '09') }), ['endsAt']],
    ['opens after the end', shift({ opensAt: at('13:00') }), ['opensAt']],
    [
      'closes before it opens',
      shift({ opensAt: at('09:00', '05'), closesAt: at('09:00', '04') }),
      ['closesAt'],
    ],
    ['closes after the end', shift({ closesAt: at('12:01') }), ['closesAt']],
  ])('%s', (_name, schedule, fields) => {
    expect(scheduleErrors(schedule).map((e) => e.field)).toEqual(fields);
  });
});
