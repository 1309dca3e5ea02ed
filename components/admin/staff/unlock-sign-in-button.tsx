"use client";

import { unlockStaffSignInAction } from "@/app/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function UnlockSignInButton({ userId, name }: { userId: string; name: string }) {
  const { pending, act } = useAdminAction(() => unlockStaffSignInAction(userId), { success: () => `${name} can sign in again now.` });
  return (
    <Button variant="outline" onClick={act} disabled={pending}>
      {pending ? "Unlocking…" : "Unlock sign-in"}
    </Button>
  );
}
