import { AdminNav } from "@/components/admin/admin-nav";
import { AppShell } from "@/components/shell/app-shell";
import { requireAdmin } from "@/lib/session";

export const dynamic = "force-dynamic";

// The layout's check is a convenience for navigation; every admin page and action checks the role again itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin("/admin");
  return (
    <AppShell user={user}>
      <AdminNav />
      {children}
    </AppShell>
  );
}
