import { ShiftBatcher } from './shift-batcher';

interface Item {
  name: string;
  /** The item's own outcome: a refusal rejects just it, 'throw' makes `run` throw for its batch. */
  fails?: 'refused' | 'throw';
  volunteer?: string;
}

/** A batcher whose `run` records each batch and answers after `gate` lets it (or at once). */
function batcher(maxBatch = 100) {
  const batches: string[][] = [];
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  const shut = () => {
    gate = new Promise((resolve) => (open = resolve));
  };
  const run = jest.fn(async (shiftId: string, items: readonly Item[]) => {
    batches.push(items.map((i) => `${shiftId}:${i.name}`));
    await gate;
    if (items.length > 1 && items.some((i) => i.fails === 'throw')) throw new Error('deadlock');
    if (items.some((i) => i.fails === 'throw')) throw new Error(`${items[0].name} failed alone`);
    return items.map((i): PromiseSettledResult<string> =>
      i.fails === 'refused'
        ? { status: 'rejected', reason: new Error(`${i.name} refused`) }
        : { status: 'fulfilled', value: `${i.name} signed up` },
    );
  });
  const queue = new ShiftBatcher<Item, string>(run, { maxBatch, distinct: (i) => i.volunteer ?? i.name });
  return { queue, run, batches, shut, open: () => open() };
}

/** Each submission's answer or error, as text. */
const settled = (answers: PromiseSettledResult<string>[]): string[] =>
  answers.map((a) => (a.status === 'fulfilled' ? a.value : String(a.reason)));

/** Lets the batcher start and run what is due (it starts on setImmediate). */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ShiftBatcher', () => {
  it('runs a lone item at once, in a batch of its own', async () => {
    const { queue, batches } = batcher();
    await expect(queue.submit('s1', { name: 'a' })).resolves.toBe('a signed up');
    expect(batches).toEqual([['s1:a']]);
  });

  it('takes together what was submitted in one turn, and what queued while a batch ran', async () => {
    const { queue, batches, shut, open } = batcher();
    shut();
    const first = [queue.submit('s1', { name: 'a' }), queue.submit('s1', { name: 'b' })];
    await tick();
    const later = ['c', 'd', 'e'].map((name) => queue.submit('s1', { name }));
    open();
    expect(await Promise.all([...first, ...later])).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map((n) => `${n} signed up`),
    );
    expect(batches).toEqual([
      ['s1:a', 's1:b'],
      ['s1:c', 's1:d', 's1:e'],
    ]);
  });

  it('runs different shifts side by side, each in its own batches', async () => {
    const { queue, batches, shut, open } = batcher();
    shut();
    const answers = [
      queue.submit('s1', { name: 'a' }),
      queue.submit('s2', { name: 'b' }),
      queue.submit('s1', { name: 'c' }),
    ];
    await tick();
    // Both shifts' batches have started before either finished.
    expect(batches).toEqual([['s1:a', 's1:c'], ['s2:b']]);
    open();
    await Promise.all(answers);
  });

  it('keeps batches to maxBatch, in the order submitted', async () => {
    const { queue, batches } = batcher(2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((name) => queue.submit('s1', { name })));
    expect(batches).toEqual([['s1:a', 's1:b'], ['s1:c', 's1:d'], ['s1:e']]);
  });

  it('never puts two items with the same distinct key in one batch', async () => {
    const { queue, batches } = batcher();
    await Promise.all([
      queue.submit('s1', { name: 'a1', volunteer: 'v1' }),
      queue.submit('s1', { name: 'b', volunteer: 'v2' }),
      queue.submit('s1', { name: 'a2', volunteer: 'v1' }),
      queue.submit('s1', { name: 'c', volunteer: 'v3' }),
    ]);
    expect(batches).toEqual([['s1:a1', 's1:b', 's1:c'], ['s1:a2']]);
  });

  it.each<[string, Item['fails'], string, string[][]]>([
    ["answers one item's refusal to it alone", 'refused', 'Error: b refused', [['s1:a', 's1:b', 's1:c']]],
    [
      'runs a batch that throws again one item at a time, so only the failing item fails',
      'throw',
      'Error: b failed alone',
      [['s1:a', 's1:b', 's1:c'], ['s1:a'], ['s1:b'], ['s1:c']],
    ],
  ])('%s', async (_name, fails, error, expectedBatches) => {
    const { queue, batches } = batcher();
    const answers = await Promise.allSettled([
      queue.submit('s1', { name: 'a' }),
      queue.submit('s1', { name: 'b', fails }),
      queue.submit('s1', { name: 'c' }),
    ]);
    expect(settled(answers)).toEqual(['a signed up', error, 'c signed up']);
    expect(batches).toEqual(expectedBatches);
  });

  it('starts afresh once a shift has drained', async () => {
    const { queue, batches } = batcher();
    await queue.submit('s1', { name: 'a' });
    await queue.submit('s1', { name: 'b' });
    expect(batches).toEqual([['s1:a'], ['s1:b']]);
  });
});
