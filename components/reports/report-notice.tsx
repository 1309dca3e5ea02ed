import { formatDateTime } from "@/lib/format";

/** The period as instants in its zone, the cut-off at now, and any filter the URL got wrong. */
export function ReportNotice({ problem, range, now }: { problem: string | null; range: { fromAt: Date; toAt: Date; timeZone: string }; now: Date }) {
  const cut = range.toAt.getTime() > now.getTime();
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
