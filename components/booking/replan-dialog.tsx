"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogHeading } from "@/components/ui/dialog";
import type { ConfirmedBatch } from "@/lib/booking/types";
import { FlowDialog, type FlowDialogProps } from "./flow-dialog";
import { ScheduleStep } from "./use-package/schedule-step";

type Props = FlowDialogProps & {
  purchaseId: string;
  /** Booked sessions to plan again with the unbooked remainder (e.g. those in their provider's time off). */
  moveAppointmentIds?: string[];
};

/** Auto Schedule for the rest of one course, from the patient page or after a cancellation (PRODUCT §3.6). */
export function ReplanDialog({ purchaseId, moveAppointmentIds, ...dialog }: Props) {
  const moving = moveAppointmentIds?.length ?? 0;
  return (
    <FlowDialog className="sm:max-w-4xl" {...dialog}>
      <DialogHeading
        title="Re-plan the rest of the course"
        description={
          moving > 0
            ? `The ${moving === 1 ? "affected session is" : `${moving} affected sessions are`} planned again, together with any sessions not booked yet. Their current times are released only when you confirm.`
            : "Plan the sessions not booked yet: choose clinics and providers, let Auto Schedule propose times, adjust, then confirm."
        }
      />
      <ReplanFlow key={`${purchaseId}|${moveAppointmentIds?.join(",") ?? ""}`} purchaseId={purchaseId} moveAppointmentIds={moveAppointmentIds} />
    </FlowDialog>
  );
}

function ReplanFlow({ purchaseId, moveAppointmentIds }: { purchaseId: string; moveAppointmentIds?: string[] }) {
  const router = useRouter();
  const [booked, setBooked] = useState<ConfirmedBatch | null>(null);
  if (booked) {
    return (
      <div className="grid justify-items-center gap-3 py-6 text-center" role="status">
        <CheckCircle2 aria-hidden className="size-10 text-success" />
        <p className="text-lg font-semibold">
          Planned {booked.appointmentCount} session{booked.appointmentCount === 1 ? "" : "s"}
        </p>
        <p className="text-sm text-muted-foreground">The patient&apos;s page shows the course with its new times.</p>
        <DialogClose asChild>
          <Button type="button" className="mt-2">
            Done
          </Button>
        </DialogClose>
      </div>
    );
  }
  return (
    <ScheduleStep
      purchaseId={purchaseId}
      moveAppointmentIds={moveAppointmentIds}
      onBooked={(batch) => {
        setBooked(batch);
        router.refresh();
      }}
    />
  );
}
