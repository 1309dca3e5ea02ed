import { prisma } from "@/lib/db";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { getStaffForEdit, signInLockedUntil } from "@/lib/queries/admin/staff";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/admin/staff/reset-password-form";
import { StaffForm } from "@/components/admin/staff/staff-form";
import { StaffStatusButton } from "@/components/admin/staff/staff-status-button";
import { UnlockSignInButton } from "@/components/admin/staff/unlock-sign-in-button";

export const metadata: Metadata = { title: "Staff account" };
export const dynamic = "force-dynamic";

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireAdmin(`/admin/staff/${encodeURIComponent(id)}`);
  const [user, clinics] = await Promise.all([getStaffForEdit(prisma, id), clinicOptions(prisma)]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  const now = new Date();
  const lockedUntil = await signInLockedUntil(prisma, user.email, now);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={user.name}
        description={
          <span className="inline-flex items-center gap-2">
            {user.email}
            {user.active ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Deactivated</Badge>}
          </span>
        }
      />
      <StaffForm
        userId={user.id}
        isSelf={isSelf}
        clinics={clinics}
        initial={{ name: user.name, email: user.email, role: user.role, clinicIds: user.memberships.map((m) => m.clinicId) }}
      />
      {lockedUntil && (
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Sign-in locked</CardTitle>
            <CardDescription>
              Too many failed sign-ins: the next attempt is possible in {Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000)} min. If
              {` ${user.name} `}did not make them, unlocking lets them in now; the addresses the failures came from stay slowed down.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <UnlockSignInButton userId={user.id} name={user.name} />
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Reset password</CardTitle>
          <CardDescription>
            {isSelf
              ? "Choose a new password for your own account; you are then signed out everywhere."
              : `Set a new password and give it to ${user.name} in person; it is not shown again. Their open sessions end.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ResetPasswordForm userId={user.id} name={user.name} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">{user.active ? "Deactivate account" : "Reactivate account"}</CardTitle>
          <CardDescription>
            {isSelf
              ? "You cannot deactivate your own account. Ask another administrator."
              : user.active
                ? "They are signed out and can no longer sign in. Their bookings and history stay."
                : "They can sign in again with their existing password."}
          </CardDescription>
        </CardHeader>
        {!isSelf && (
          <CardContent>
            <StaffStatusButton userId={user.id} name={user.name} active={user.active} />
          </CardContent>
        )}
      </Card>
    </div>
  );
}
