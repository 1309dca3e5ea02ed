"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/**
 * Ends this session (the server revokes its token) and opens the login page of the origin the browser is on:
 * a relative navigation, so it never depends on the configured public URL (NEXTAUTH_URL).
 */
export async function signOutToLogin(): Promise<void> {
  await signOut({ redirect: false });
  // A full page load, so nothing of the signed-in pages stays in memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/login");
}

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => void signOutToLogin()}>
      Sign out
    </Button>
  );
}
