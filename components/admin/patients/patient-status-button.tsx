"use client";

import { useState } from "react";
import { setPatientActiveAction } from "@/app/admin/patients/actions";
import { Button } from "@/components/ui/button";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

/** Patients are deactivated, never deleted: their appointments and purchases stay on record. */
export function PatientStatusButton({ patientId, name, active }: { patientId: string; name: string; active: boolean }) {
  const [open, setOpen] = useState(false);
  const { pending, act: change } = useAdminAction(() => setPatientActiveAction({ id: patientId, active: !active }), {
    success: () => {
      setOpen(false);
      return active ? `Deactivated ${name}.` : `Reactivated ${name}.`;
    },
  });

  if (!active) {
    return (
      <Button variant="outline" onClick={change} disabled={pending}>
        {pending ? "Reactivating…" : "Reactivate"}
      </Button>
    );
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Deactivate</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Deactivate {name}?</DialogTitle>
          <DialogDescription>
            They disappear from searches and cannot be booked. Their history is kept, and you can reactivate them at any time.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep active</Button>
          </DialogClose>
          <Button variant="destructive" onClick={change} disabled={pending}>
            {pending ? "Deactivating…" : "Deactivate"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
