"use client";

import { Loader2 } from "lucide-react";
import { toast } from "sonner";
import { rescheduleAppointment } from "@/components/appointments/actions";
import { useOutcomeAction } from "@/components/appointments/use-outcome-action";
import { FailureAlert } from "@/components/ui/failure-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeading } from "@/components/ui/dialog";
import type { Move } from "@/lib/calendar/drop";
import type { CalendarBlock } from "@/lib/calendar/model";
import { formatDateTime } from "@/lib/format";

export type PendingMove = { block: CalendarBlock; move: Move; providerName: string };

/**
 * The confirmation a drop asks for: "Move Anna Smith's Physiotherapy from … to … with Dr Lee?". Move sends it to
 * the same reschedule action as the Reschedule dialog, which checks the time with the planner's rules in its own
 * transaction; a refusal is shown here with its reason and nothing changes.
 */
export function MoveDialog({ pending, timeZone, onClose }: { pending: PendingMove | null; timeZone: string; onClose: () => void }) {
  const { pending: running, error, setError, run } = useOutcomeAction<"move">();
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!pending) return;
    const result = await run("move", () => rescheduleAppointment(pending.move));
    if (result?.ok) {
      toast.success(result.data.message);
      close();
    }
  };
  const p = pending;
  const question = p && moveQuestion(p, timeZone);
  return (
    <Dialog open={p !== null} onOpenChange={(open) => !open && !running && close()}>
      {p && (
        <DialogContent className="sm:max-w-lg">
          <DialogHeading title={error ? "The appointment was not moved" : "Move this appointment?"} description={question} />
          {p.block.purchaseId && !error && <p className="text-sm text-muted-foreground">The package’s sessions stay as they are: this is the same session at a new time.</p>}
          {error && (
            <FailureAlert title={error.code === "SLOT_TAKEN" ? "That time is not free" : "It cannot be moved there"}>{error.message}</FailureAlert>
          )}
          <DialogFooter>
            {error ? (
              <Button type="button" onClick={close}>
                Back to the calendar
              </Button>
            ) : (
              <>
                <Button type="button" variant="outline" onClick={close} disabled={running !== null}>
                  Keep it where it is
                </Button>
                <Button type="button" onClick={confirm} disabled={running !== null}>
                  {running && <Loader2 aria-hidden className="animate-spin" />}
                  Move
                </Button>
              </>
            )}
          </DialogFooter>
        </DialogContent>
      )}
    </Dialog>
  );
}

function moveQuestion({ block, move, providerName }: PendingMove, timeZone: string): string {
  const from = formatDateTime(new Date(block.startsAt), timeZone);
  const to = formatDateTime(new Date(move.start), timeZone);
  const who = move.providerId === block.providerId ? `with ${providerName}` : `with ${providerName} instead of ${block.providerName}`;
  return `Move ${block.patientName}’s ${block.serviceName} from ${from} to ${to} ${who}?`;
}
