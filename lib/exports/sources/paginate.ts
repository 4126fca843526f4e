import type { Cell } from "../table";

/** Export batches: big enough to keep round trips few, small enough to keep memory flat. */
export const BATCH = 500;

/**
 * Walks a cursor-paginated read to its end, one page at a time and only as fast as the rows are
 * consumed, turning each row into one or more lines of cells.
 */
export async function* pages<C, R>(
  read: (cursor: C | null) => Promise<{ rows: R[]; next: C | null }>,
  lines: (row: R) => Cell[][],
): AsyncIterable<Cell[]> {
  let cursor: C | null = null;
  do {
    const page: { rows: R[]; next: C | null } = await read(cursor);
    for (const row of page.rows) yield* lines(row);
    cursor = page.next;
  } while (cursor !== null);
}
