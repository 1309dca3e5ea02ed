"use client";

import { createContext, useCallback, useContext, useState } from "react";
import { CalendarSync } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ReplanDialog } from "@/components/booking/replan-dialog";

type Target = { purchaseId: string; moveAppointmentIds?: string[] };
type OpenReplan = (purchaseId: string, moveAppointmentIds?: string[]) => void;

const ReplanContext = createContext<OpenReplan | null>(null);

/** Opens the re-plan dialog for one of the patient's courses, from anywhere on the patient page. */
export function useReplan(): OpenReplan {
  const open = useContext(ReplanContext);
  if (!open) throw new Error("useReplan() needs a <ReplanProvider> around it.");
  return open;
}

/**
 * One re-plan dialog for the patient page. `initialPurchaseId` comes from `?replan=<purchaseId>` (the calendar
 * links there after a cancellation); closing the dialog drops it from the address, so a reload does not reopen it.
 */
export function ReplanProvider({ initialPurchaseId, children }: { initialPurchaseId: string | null; children: React.ReactNode }) {
  const [target, setTarget] = useState<Target | null>(initialPurchaseId ? { purchaseId: initialPurchaseId } : null);
  const [open, setOpen] = useState(initialPurchaseId !== null);

  // A link to ?replan= while the page is already showing arrives as a new prop, not a new mount.
  const [seen, setSeen] = useState(initialPurchaseId);
  if (initialPurchaseId !== seen) {
    setSeen(initialPurchaseId);
    if (initialPurchaseId) {
      setTarget({ purchaseId: initialPurchaseId });
      setOpen(true);
    }
  }

  const openReplan = useCallback<OpenReplan>((purchaseId, moveAppointmentIds) => {
    setTarget({ purchaseId, ...(moveAppointmentIds && moveAppointmentIds.length > 0 ? { moveAppointmentIds } : {}) });
    setOpen(true);
  }, []);

  const change = (next: boolean) => {
    setOpen(next);
    if (next) return;
    const url = new URL(window.location.href);
    if (url.searchParams.has("replan")) {
      url.searchParams.delete("replan");
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
  };

  return (
    <ReplanContext.Provider value={openReplan}>
      {children}
      {target && <ReplanDialog open={open} onOpenChange={change} purchaseId={target.purchaseId} moveAppointmentIds={target.moveAppointmentIds} />}
    </ReplanContext.Provider>
  );
}

/** A button that opens the re-plan dialog for a course (optionally moving some of its booked sessions). */
export function ReplanButton({
  purchaseId,
  moveAppointmentIds,
  children,
  variant = "outline",
}: {
  purchaseId: string;
  moveAppointmentIds?: string[];
  children: React.ReactNode;
  variant?: "outline" | "default" | "secondary";
}) {
  const openReplan = useReplan();
  return (
    <Button type="button" size="sm" variant={variant} onClick={() => openReplan(purchaseId, moveAppointmentIds)}>
      <CalendarSync aria-hidden />
      {children}
    </Button>
  );
}
