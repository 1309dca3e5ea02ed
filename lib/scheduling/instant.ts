// ISO instants → epoch ms. Requests can carry 100 000 busy blocks, and Date.parse is the largest single cost of
// planning them, so the canonical shapes `YYYY-MM-DDTHH:MM:SS.sssZ` / `…SSZ` (what toISOString and most
// databases emit) are read digit by digit; anything else (offsets, other precisions) goes through Date.parse.

const d = (x: string, i: number) => x.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function instantMs(x: string): number {
  const n = x.length;
  if ((n !== 24 && n !== 20) || x.charCodeAt(n - 1) !== 90 /* Z */ || x.charCodeAt(10) !== 84 /* T */) return Date.parse(x);
  const ms = n === 24 ? d(x, 20) * 100 + d(x, 21) * 10 + d(x, 22) : 0;
  return (
    daysFromCivil(d(x, 0) * 1000 + d(x, 1) * 100 + d(x, 2) * 10 + d(x, 3), d(x, 5) * 10 + d(x, 6), d(x, 8) * 10 + d(x, 9)) * 86_400_000 +
    (d(x, 11) * 10 + d(x, 12)) * 3_600_000 +
    (d(x, 14) * 10 + d(x, 15)) * 60_000 +
    (d(x, 17) * 10 + d(x, 18)) * 1000 +
    ms
  );
}
