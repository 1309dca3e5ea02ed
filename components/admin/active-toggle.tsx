"use client";

import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { useAdminAction } from "@/components/admin/use-admin-action";

/** Deactivate / Reactivate a record. Records are never deleted: bookings and purchases keep pointing at them. */
export function ActiveToggle({ id, active, what, action }: {
  id: string;
  active: boolean;
  what: string;
  action: (input: { id: string; active: boolean }) => Promise<ActionResult<{ id: string }>>;
}) {
  const { pending, act } = useAdminAction(() => action({ id, active: !active }), {
    success: () => (active ? `The ${what} is now inactive.` : `The ${what} is active again.`),
  });
  return (
    <Button type="button" variant="outline" onClick={act} disabled={pending}>
      {active ? "Deactivate" : "Reactivate"}
    </Button>
  );
}
