"use client";

import { removePackageAction } from "@/app/admin/packages/actions";
import { Button } from "@/components/ui/button";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

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

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">{sold ? "Deactivate" : "Delete"}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{sold ? `Deactivate “${name}”?` : `Delete “${name}”?`}</DialogTitle>
          <DialogDescription>
            {sold
              ? `It has been assigned ${purchases} time${purchases === 1 ? "" : "s"}, so it is kept for those patients and can no longer be assigned. You can reactivate it by editing it.`
              : "Nobody has bought it yet, so it is removed for good."}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" onClick={remove} disabled={pending}>
            {pending ? "Working…" : sold ? "Deactivate" : "Delete"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
