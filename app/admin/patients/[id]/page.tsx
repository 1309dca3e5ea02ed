import { prisma } from "@/lib/db";
import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { clinicOptions } from "@/lib/queries/admin/clinics";
import { getPatientForEdit } from "@/lib/queries/admin/patients";
import { listPatientPurchases } from "@/lib/queries/patients/courses";
import { formatDate } from "@/lib/format";
import { requireAdmin } from "@/lib/session";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PatientForm } from "@/components/admin/patients/patient-form";
import { patientFormValues } from "@/components/admin/patients/form-values";
import { PatientStatusButton } from "@/components/admin/patients/patient-status-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { effectiveStatus, type PurchaseStatus } from "@/components/packages/course-state";
import { PurchaseAdminActions } from "@/components/purchases/purchase-admin-actions";

export const metadata: Metadata = { title: "Edit patient" };
export const dynamic = "force-dynamic";

const STATUS: Record<PurchaseStatus, { label: string; variant: "success" | "secondary" | "outline" | "destructive" }> = {
  ACTIVE: { label: "Active", variant: "success" },
  COMPLETED: { label: "Completed", variant: "secondary" },
  EXPIRED: { label: "Expired", variant: "outline" },
  CANCELLED: { label: "Cancelled", variant: "destructive" },
};

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/patients/${encodeURIComponent(id)}`);
  const now = new Date();
  const [patient, clinics, purchases] = await Promise.all([getPatientForEdit(prisma, id), clinicOptions(prisma), listPatientPurchases(prisma, id, now)]);
  if (!patient) notFound();
  const name = `${patient.firstName} ${patient.lastName}`;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={name}
        description={`Patient no. ${patient.identifier}`}
        actions={
          <>
            <Button asChild variant="ghost">
              <Link href={`/patients/${patient.id}`}>Open record</Link>
            </Button>
            <PatientStatusButton patientId={patient.id} name={name} active={patient.active} />
          </>
        }
      />
      {!patient.active && (
        <Alert variant="warning" className="mb-6">
          <AlertDescription>This patient is deactivated: they are hidden from searches and cannot be booked.</AlertDescription>
        </Alert>
      )}
      <PatientForm
        patientId={patient.id}
        clinics={clinics}
        initial={patientFormValues(patient)}
      />
      {purchases.length > 0 && (
        <Card className="mt-6" role="region" aria-labelledby="admin-packages-title">
          <CardHeader>
            <CardTitle className="text-base">
              <h2 id="admin-packages-title">Packages</h2>
            </CardTitle>
            <CardDescription>Extend a package&apos;s expiry or cancel it. Both need a reason and are audited.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y">
              {purchases.map((p) => {
                const status = effectiveStatus(p, now);
                const lastDayLabel = formatDate(new Date(p.expiresAt.getTime() - 1), p.timeZone);
                const word = status === "EXPIRED" ? "lapsed" : status === "CANCELLED" ? "unused" : "left";
                return (
                  <li key={p.id} aria-label={p.packageName} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0">
                    <div className="grid gap-0.5">
                      <span className="flex items-center gap-2 font-medium">
                        {p.packageName} <Badge variant={STATUS[status].variant}>{STATUS[status].label}</Badge>
                      </span>
                      <span className="text-sm text-muted-foreground">
                        Last day {lastDayLabel} · {p.remaining} of {p.sessionsTotal} sessions {word}
                        {p.upcomingCount > 0 && ` · ${p.upcomingCount} upcoming`}
                      </span>
                    </div>
                    {(status === "ACTIVE" || status === "EXPIRED") && (
                      <div className="flex gap-1">
                        <PurchaseAdminActions
                          purchase={{ id: p.id, packageName: p.packageName, lastDayLabel, minNewLastDay: p.minNewLastDay, upcomingCount: p.upcomingCount }}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
