"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";

/** What the button or page that opens a booking dialog hands it. */
export type FlowDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opened without a trigger: the caller puts focus back where the user was. */
  onCloseAutoFocus?: (event: Event) => void;
};

/**
 * The frame of a multi-step booking dialog (single session, Use Package, re-plan, reschedule): a click outside
 * does not close it, since the choices made so far would be lost; Escape and the close button still do.
 */
export function FlowDialog({ open, onOpenChange, onCloseAutoFocus, className, children }: FlowDialogProps & { className: string; children: ReactNode }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className={className} onInteractOutside={(e) => e.preventDefault()} onCloseAutoFocus={onCloseAutoFocus}>
        {children}
      </DialogContent>
    </Dialog>
  );
}
