import { DEFAULT_INSTRUMENTS, instrumentProblems } from './campaign-instruments';

describe('instrumentProblems', () => {
  it.each<[string, { stage1: string[]; stage2: string[] }, { field: string; messages: string[] }[]]>([
    ['the defaults', { ...DEFAULT_INSTRUMENTS } as never, []],
    ['AD8 alone, then MoCA', { stage1: ['AD8@1'], stage2: ['MOCA@1'] }, []],
    [
      'an unknown version',
      { stage1: ['AD8@9'], stage2: ['MOCA@1'] },
      [{ field: 'instruments.stage1', messages: [expect.stringMatching(/^AD8@9 is not a known/) as never] }],
    ],
    [
      'a stage-2 instrument at stage 1',
      { stage1: ['MMSE@1'], stage2: ['MOCA@1'] },
      [{ field: 'instruments.stage1', messages: ['MMSE@1 is a stage-2 instrument'] }],
    ],
    [
      'a stage-1 instrument at stage 2, and one twice',
      { stage1: ['AD8@1'], stage2: ['MINI_COG@1', 'MOCA@1', 'MOCA@1'] },
      [
        {
          field: 'instruments.stage2',
          messages: ['MINI_COG@1 is a stage-1 instrument', 'MOCA is chosen twice'],
        },
      ],
    ],
  ])('%s', (_name, choice, expected) => {
    expect(instrumentProblems(choice)).toEqual(expected);
  });
});
