/**
 * What the pathway's tests enter and wait for: the Done-when's answers (an AD8 of 3, a MoCA of 22 that is
 * 23 with 9 years of education) and a poll for what arrives through JetStream.
 */
export const AD8_OF_3 = {
  judgment: 'yes',
  interest: 'no',
  repeats: 'yes',
  learning_tools: 'no',
  month_year: 'yes',
  finances: 'no',
  appointments: 'unknown',
  daily_thinking: 'no',
};

export const MOCA_OF_22 = {
  trail_making: 1,
  cube: 1,
  clock: 3,
  naming: 3,
  digits: 2,
  tapping: 1,
  serial_sevens: 3,
  sentence_repetition: 2,
  fluency: 1,
  abstraction: 2,
  delayed_recall: 1,
  orientation: 2,
};

/** Polls until `check` gives something, or fails after `withinMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  withinMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
