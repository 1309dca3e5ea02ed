import type { Metadata } from "next";
import { prisma } from "@/lib/db";
import { requireAdmin } from "@/lib/session";
import { travelMinutes } from "@/lib/queries/booking/travel";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { TravelForm } from "@/components/admin/settings/travel-form";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  await requireAdmin("/admin/settings");
  const minutes = await travelMinutes(prisma);
  return (
    <>
      <PageHeader title="Settings" description="Settings for the whole clinic group." />
      <Card>
        <CardContent className="pt-6">
          <TravelForm initial={minutes} />
        </CardContent>
      </Card>
    </>
  );
}
