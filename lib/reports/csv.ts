// CSV for report exports: RFC 4180 (CRLF line ends, every field quoted when it holds a comma, quote, CR or LF;
// quotes doubled) and safe to open in a spreadsheet: a text cell starting with =, +, -, @ (or a tab / CR, which
// some spreadsheets strip before reading a formula) is prefixed with an apostrophe so it is shown, never evaluated.
// Numbers (and text that is exactly a decimal number, e.g. "-12.50") are written as they are: a negative amount is
// data, not a formula.

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row, then one row per record, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A download response for a route handler; the file name is reduced to safe characters. */
export function csvResponse(fileName: string, csv: string): Response {
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Minor units as a fixed two-decimal amount ("1234.50"), the form spreadsheets and accounting tools import. */
export function csvAmount(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
