import { formatDateTime } from "@/lib/format";

/** The period as instants in its zone, the cut-off at now (where it applies), and any filter the URL got wrong. */
export function ReportNotice({
  problem,
  range,
  now,
  cutAtNow = true,
}: {
  problem: string | null;
  range: { fromAt: Date; toAt: Date; timeZone: string };
  now: Date;
  /** False for reports that include the future (utilisation: availability and bookings ahead). */
  cutAtNow?: boolean;
}) {
  const cut = cutAtNow && range.toAt.getTime() > now.getTime();
  return (
    <div className="mb-4 space-y-1 text-sm text-muted-foreground">
      {problem && (
        <p role="status" className="font-medium text-destructive">
          {problem}
        </p>
      )}
      <p>
        Period: {formatDateTime(range.fromAt, range.timeZone)} to {formatDateTime(cut ? now : range.toAt, range.timeZone)} ({range.timeZone})
        {cut ? ", up to now" : ""}.
      </p>
    </div>
  );
}
