"use client";

import { useState } from "react";
import { toast } from "sonner";
import { signOutEverywhereAction } from "@/app/(staff)/account/actions";
import { signOutToLogin } from "@/components/shell/sign-out-button";
import { Button } from "@/components/ui/button";

export function SignOutEverywhereButton({ variant = "outline" }: { variant?: "outline" | "ghost" }) {
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    try {
      const result = await signOutEverywhereAction();
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      await signOutToLogin();
    } catch {
      toast.error("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Button variant={variant} size="sm" onClick={run} disabled={pending}>
      {pending ? "Signing out…" : "Sign out everywhere"}
    </Button>
  );
}
