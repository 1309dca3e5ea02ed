"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { setPatientActiveAction } from "@/app/admin/patients/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

/** Patients are deactivated, never deleted: their appointments and purchases stay on record. */
export function PatientStatusButton({ patientId, name, active }: { patientId: string; name: string; active: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  async function change() {
    setPending(true);
    try {
      const result = await setPatientActiveAction({ id: patientId, active: !active });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(active ? `Deactivated ${name}.` : `Reactivated ${name}.`);
      setOpen(false);
      router.refresh();
    } catch {
      toast.error("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

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
