import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/net/safe-callback";
import { getCurrentUser } from "@/lib/session";
import { LoginForm } from "@/components/auth/login-form";
import { Logo } from "@/components/shell/logo";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(safeCallback);
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/40 px-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex flex-col items-center gap-2 text-center">
          <Logo className="h-10 w-10" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Cadence</h1>
          <p className="text-sm text-muted-foreground">Treatment packages, scheduled.</p>
        </div>
        <LoginForm callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
