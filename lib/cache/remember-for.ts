/**
 * `load`, remembered for `ms`: calls within that time share one result (and one call in flight). For figures that
 * may be a little old and are the same for every caller — never per-user data. Safe under concurrent requests: the
 * shared value is a promise, replaced once it is older than `ms` or has failed.
 */
export function rememberFor<T>(ms: number, load: () => Promise<T>): () => Promise<T> {
  let memo: { at: number; value: Promise<T> } | null = null;
  return () => {
    const now = Date.now();
    if (memo && now - memo.at < ms) return memo.value;
    const value = load();
    const entry = { at: now, value };
    memo = entry;
    value.catch(() => {
      if (memo === entry) memo = null;
    });
    return value;
  };
}
