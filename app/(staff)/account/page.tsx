import type { Metadata } from "next";
import { requireUser } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { HourCycleForm } from "@/components/account/hour-cycle-form";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Time format</CardTitle>
          <CardDescription>How appointment times are shown to you on every screen and in calendar files. Dates follow each clinic.</CardDescription>
        </CardHeader>
        <CardContent>
          <HourCycleForm current={user.hourCycle ?? null} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Change password</CardTitle>
          <CardDescription>You are signed out on every device afterwards and sign in again with the new password.</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Sign out everywhere</CardTitle>
          <CardDescription>Ends your sessions on every computer, for example one left signed in at another desk.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignOutEverywhereButton />
        </CardContent>
      </Card>
    </div>
  );
}
