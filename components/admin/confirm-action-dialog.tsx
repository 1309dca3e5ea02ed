"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger, DialogHeading } from "@/components/ui/dialog";

/**
 * A destructive admin action behind an outline button and a confirmation: what it does (title, description), a way
 * to keep things as they are, and the action itself, which says `pendingLabel` while it runs.
 */
export function ConfirmActionDialog({ trigger, title, description, keepLabel, confirmLabel, pendingLabel, pending, onConfirm, open, onOpenChange }: {
  trigger: string;
  title: string;
  description: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** Controlled when the dialog must close on success without leaving the page. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">{trigger}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeading title={title} description={description} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{keepLabel}</Button>
          </DialogClose>
          <Button variant="destructive" onClick={onConfirm} disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
