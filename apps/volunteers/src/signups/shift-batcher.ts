/** One item waiting for its batch, with the answer its caller is waiting for. */
interface Waiting<Item, Result> {
  item: Item;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export interface ShiftBatcherOptions<Item> {
  /** At most this many items in one batch; the rest wait for the next. */
  maxBatch: number;
  /**
   * Items with the same key never share a batch: the later one waits for the next (a volunteer who
   * signs up twice at once is answered as if one came after the other).
   */
  distinct?: (item: Item) => string;
}

/**
 * Group commit per shift. Items submitted for a shift while a batch of that shift is running wait, and
 * then all run together as the next batch: one call of `run`, one transaction, one turn of the shift's
 * row lock instead of one each. A lone item runs at once (after the current turn of the event loop, so
 * items arriving in the same turn join it): nothing waits on a timer. One shift's batches run one after
 * the other, in the order their items came; different shifts' side by side.
 *
 * `run` answers each item's own outcome, so one item's failure is its own. When `run` throws for a batch
 * of several (a database error), the batch is run again one item at a time, so that only the item that
 * fails fails. Correct with several replicas only as far as `run` is: each replica batches its own
 * requests, and the database still decides between them (the shift's row lock).
 */
export class ShiftBatcher<Item, Result> {
  /** The items waiting per shift; a shift is here while its batches are being run. */
  private readonly queues = new Map<string, Waiting<Item, Result>[]>();

  constructor(
    private readonly run: (
      shiftId: string,
      items: readonly Item[],
    ) => Promise<readonly PromiseSettledResult<Result>[]>,
    private readonly options: ShiftBatcherOptions<Item>,
  ) {}

  /** Queues the item for the shift's next batch and answers its own outcome once that has run. */
  submit(shiftId: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      let queue = this.queues.get(shiftId);
      if (!queue) {
        queue = [];
        this.queues.set(shiftId, queue);
        const started = queue;
        setImmediate(() => void this.drain(shiftId, started));
      }
      queue.push({ item, resolve, reject });
    });
  }

  /** Runs the shift's batches until nothing waits, then lets the shift go. */
  private async drain(shiftId: string, queue: Waiting<Item, Result>[]): Promise<void> {
    try {
      while (queue.length > 0) await this.runBatch(shiftId, this.take(queue));
    } catch (error) {
      // Only a bug gets here (runBatch answers every failure of `run`): still, no caller waits forever.
      for (const waiting of queue.splice(0)) waiting.reject(error);
    } finally {
      this.queues.delete(shiftId);
    }
  }

  /** The next batch: the oldest items, up to maxBatch, leaving in line those `distinct` keeps apart. */
  private take(queue: Waiting<Item, Result>[]): Waiting<Item, Result>[] {
    const { maxBatch, distinct } = this.options;
    const batch: Waiting<Item, Result>[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < queue.length && batch.length < maxBatch;) {
      const key = distinct?.(queue[i].item);
      if (key !== undefined && keys.has(key)) {
        i += 1;
        continue;
      }
      if (key !== undefined) keys.add(key);
      batch.push(...queue.splice(i, 1));
    }
    return batch;
  }

  private async runBatch(shiftId: string, batch: Waiting<Item, Result>[]): Promise<void> {
    let outcomes: readonly PromiseSettledResult<Result>[];
    try {
      outcomes = await this.run(
        shiftId,
        batch.map((w) => w.item),
      );
      if (outcomes.length !== batch.length) {
        throw new Error(`A batch of ${batch.length} was answered with ${outcomes.length} outcomes.`);
      }
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const waiting of batch) await this.runBatch(shiftId, [waiting]);
      return;
    }
    outcomes.forEach((outcome, i) =>
      outcome.status === 'fulfilled' ? batch[i].resolve(outcome.value) : batch[i].reject(outcome.reason),
    );
  }
}
