"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { setStaffActiveAction } from "@/app/admin/staff/actions";
import { Button } from "@/components/ui/button";

export function StaffStatusButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function change() {
    setPending(true);
    try {
      const result = await setStaffActiveAction({ id: userId, active: !active });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(active ? `${name} can no longer sign in.` : `${name} can sign in again.`);
      router.refresh();
    } catch {
      toast.error("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Button variant={active ? "destructive" : "outline"} onClick={change} disabled={pending}>
      {pending ? "Working…" : active ? "Deactivate account" : "Reactivate account"}
    </Button>
  );
}
