"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/** Deactivate / Reactivate a record. Records are never deleted: bookings and purchases keep pointing at them. */
export function ActiveToggle({ id, active, what, action }: {
  id: string;
  active: boolean;
  what: string;
  action: (input: unknown) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function toggle() {
    setPending(true);
    try {
      const result = await action({ id, active: !active });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(active ? `The ${what} is now inactive.` : `The ${what} is active again.`);
      router.refresh();
    } catch {
      toast.error("Cadence could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }
  return (
    <Button type="button" variant="outline" onClick={toggle} disabled={pending}>
      {active ? "Deactivate" : "Reactivate"}
    </Button>
  );
}
