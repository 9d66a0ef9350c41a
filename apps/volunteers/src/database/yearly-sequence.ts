import type { Tx } from '@linkage/database';

/** The tables that number something per year: `(year SMALLINT PRIMARY KEY, last_value INT)`. */
export type YearlySequenceTable = 'certificate_sequences' | 'handover_sequences';

/**
 * The year's next number of a registered series (certificates, hand-over batches): no duplicates and,
 * since the row stays locked until the transaction ends, no gaps from a rolled-back one — and every
 * other taker of the same year's number waits, which serialises what the numbers are for.
 */
export async function nextYearlyValue(tx: Tx, table: YearlySequenceTable, year: number): Promise<number> {
  await tx.query(`INSERT IGNORE INTO ${table} (year, last_value) VALUES (?, 0)`, [year]);
  const [row] = await tx.query<{ last_value: number }[]>(
    `SELECT last_value FROM ${table} WHERE year = ? FOR UPDATE`,
    [year],
  );
  const next = Number(row.last_value) + 1;
  await tx.query(`UPDATE ${table} SET last_value = ? WHERE year = ?`, [next, year]);
  return next;
}
