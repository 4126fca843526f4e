import "server-only";

import { BOM, csvDialect, csvHeader, csvLine } from "./csv";
import type { ExportFormat, ExportTable } from "./table";
import { xlsxStream } from "./xlsx";

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The table as CSV, one encoded chunk per batch of lines, pulled as the response is read. */
export function csvStream(table: ExportTable, locale: string): ReadableStream<Uint8Array> {
  const dialect = csvDialect(locale);
  const encoder = new TextEncoder();
  const rows = table.rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      if (!started) {
        started = true;
        chunk = BOM + csvHeader(table.columns, dialect);
      }
      for (let i = 0; i < 200; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value, table.columns, dialect);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}

/** `attachment` with an ASCII name and the RFC 5987 form, as browsers expect. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Reads the first row before anything is sent, so that a refusal (permission, unknown project)
 * still becomes an error response instead of a download cut short; the rest streams.
 */
async function primed(table: ExportTable): Promise<ExportTable> {
  const source = table.rows[Symbol.asyncIterator]();
  const first = await source.next();
  async function* rows() {
    if (first.done) return;
    yield first.value;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { ...table, rows: rows() };
}

/** The download: streamed, never cached (it is one user's view of the data). */
export async function exportResponse(table: ExportTable, format: ExportFormat, locale: string): Promise<Response> {
  const ready = await primed(table);
  const body = format === "csv" ? csvStream(ready, locale) : xlsxStream(ready);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPE[format],
      "content-disposition": attachment(`${table.fileName}.${format}`),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
