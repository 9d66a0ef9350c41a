import { duplicateRoleKeys, timesProblems } from './session-plan.rule';

const at = (clock: string) => new Date(`2026-10-09T${clock}:00+08:00`);

describe('timesProblems', () => {
  it.each<[string, Date, Date, string[]]>([
    ['a morning', at('08:30'), at('11:30'), []],
    ['a full day of twelve hours', at('07:00'), at('19:00'), []],
    ['an end before the start', at('11:30'), at('08:30'), ['endsAt must be later than startsAt']],
    ['an end at the start', at('08:30'), at('08:30'), ['endsAt must be later than startsAt']],
    ['more than twelve hours', at('07:00'), at('19:01'), ['endsAt is more than 12 hours after startsAt']],
  ])('%s', (_case, startsAt, endsAt, messages) => {
    expect(timesProblems(startsAt, endsAt).flatMap((p) => p.messages)).toEqual(messages);
  });
});

describe('duplicateRoleKeys', () => {
  it.each<[string[], string[]]>([
    [['screener', 'registrar'], []],
    [['screener', 'screener', 'registrar', 'screener'], ['screener']],
    [[], []],
  ])('%j → %j', (keys, twice) => {
    expect(duplicateRoleKeys(keys.map((key) => ({ key })))).toEqual(twice);
  });
});
