"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { unlockStaffSignInAction } from "@/app/admin/staff/actions";
import { Button } from "@/components/ui/button";

export function UnlockSignInButton({ userId, name }: { userId: string; name: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function unlock() {
    setPending(true);
    try {
      const result = await unlockStaffSignInAction(userId);
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`${name} can sign in again now.`);
      router.refresh();
    } catch {
      toast.error("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Button variant="outline" onClick={unlock} disabled={pending}>
      {pending ? "Unlocking…" : "Unlock sign-in"}
    </Button>
  );
}
