/** PostgreSQL sums and counts arrive as bigint (or numeric strings); report figures fit a JS number. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
