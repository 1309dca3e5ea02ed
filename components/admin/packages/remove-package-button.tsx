"use client";

import { removePackageAction } from "@/app/admin/packages/actions";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { ConfirmActionDialog } from "@/components/admin/confirm-action-dialog";

/** Delete when nobody bought the package; otherwise deactivate, so purchases keep their history. */
export function RemovePackageButton({ packageId, name, purchases, active }: { packageId: string; name: string; purchases: number; active: boolean }) {
  const { pending, act: remove, router } = useAdminAction(() => removePackageAction(packageId), {
    success: (data) => (data.outcome === "deleted" ? `Deleted “${name}”.` : `Deactivated “${name}”.`),
    then: () => {
      router.push("/admin/packages");
      router.refresh();
    },
  });
  const sold = purchases > 0;
  if (sold && !active) return null;

  const action = sold ? "Deactivate" : "Delete";
  return (
    <ConfirmActionDialog
      trigger={action}
      title={`${action} “${name}”?`}
      description={
        sold
          ? `It has been assigned ${purchases} time${purchases === 1 ? "" : "s"}, so it is kept for those patients and can no longer be assigned. You can reactivate it by editing it.`
          : "Nobody has bought it yet, so it is removed for good."
      }
      keepLabel="Keep it"
      confirmLabel={action}
      pendingLabel="Working…"
      pending={pending}
      onConfirm={remove}
    />
  );
}
