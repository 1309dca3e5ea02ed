"use client";

import { setStaffActiveAction } from "@/app/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function StaffStatusButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const { pending, act } = useAdminAction(() => setStaffActiveAction({ id: userId, active: !active }), {
    success: () => (active ? `${name} can no longer sign in.` : `${name} can sign in again.`),
  });
  return (
    <Button variant={active ? "destructive" : "outline"} onClick={act} disabled={pending}>
      {pending ? "Working…" : active ? "Deactivate account" : "Reactivate account"}
    </Button>
  );
}
