"use client";

import { useState } from "react";
import { setPatientActiveAction } from "@/app/admin/patients/actions";
import { Button } from "@/components/ui/button";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { ConfirmActionDialog } from "@/components/admin/confirm-action-dialog";

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
    <ConfirmActionDialog
      open={open}
      onOpenChange={setOpen}
      trigger="Deactivate"
      title={`Deactivate ${name}?`}
      description="They disappear from searches and cannot be booked. Their history is kept, and you can reactivate them at any time."
      keepLabel="Keep active"
      confirmLabel="Deactivate"
      pendingLabel="Deactivating…"
      pending={pending}
      onConfirm={change}
    />
  );
}
