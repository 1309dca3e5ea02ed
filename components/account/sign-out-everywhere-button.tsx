"use client";

import { signOutEverywhereAction } from "@/app/(staff)/account/actions";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { signOutToLogin } from "@/components/shell/sign-out-button";
import { Button } from "@/components/ui/button";

export function SignOutEverywhereButton({ variant = "outline" }: { variant?: "outline" | "ghost" }) {
  // No success toast: the browser leaves for the sign-in page.
  const { pending, act } = useAdminAction(signOutEverywhereAction, { then: signOutToLogin });

  return (
    <Button variant={variant} size="sm" onClick={act} disabled={pending}>
      {pending ? "Signing out…" : "Sign out everywhere"}
    </Button>
  );
}
