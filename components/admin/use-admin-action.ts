"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/action-result";

/**
 * One click that runs an admin action (deactivate, unlock, delete…): its sentence as an error toast, the success
 * toast (if any) and a refresh of the page (or `then`, e.g. back to the list or out to the sign-in page) when it
 * worked. `pending` holds until `then` has finished too.
 */
export function useAdminAction<T>(
  run: () => Promise<ActionResult<T>>,
  options: { success?: (data: T) => string; then?: (data: T) => void | Promise<void> },
) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function act() {
    setPending(true);
    try {
      const result = await run();
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      if (options.success) toast.success(options.success(result.data));
      if (options.then) await options.then(result.data);
      else router.refresh();
    } catch {
      toast.error("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }
  return { pending, act, router };
}
