import { Button } from "@/components/ui/button";
import type { AssignedPurchase } from "@/lib/booking/types";

/** The purchase being planned, at the top of the schedule step: what is left of it and until when. */
export function PurchaseSummary({ purchase, movingCount, onChangePackage, disabled }: {
  purchase: AssignedPurchase;
  /** Booked sessions planned again with the rest (re-planning); they count among the sessions to plan. */
  movingCount: number;
  onChangePackage?: () => void;
  disabled: boolean;
}) {
  const remaining = purchase.remainingTotal;
  return (
    <div className="flex items-center justify-between gap-3 rounded-lg border bg-muted/40 px-3 py-2 text-sm">
      <p className="min-w-0">
        <span className="font-medium">{purchase.packageName}</span>
        <span className="text-muted-foreground">
          {" "}
          · {remaining} session{remaining === 1 ? "" : "s"} {movingCount > 0 ? `to plan, including ${movingCount} to move` : "left"} (
          {purchase.items
            .filter((i) => i.remaining > 0)
            .map((i) => `${i.remaining} × ${i.serviceName}`)
            .join(", ")}
          ) · expires {purchase.expiresOn}
        </span>
      </p>
      {onChangePackage && (
        <Button type="button" variant="ghost" size="sm" onClick={onChangePackage} disabled={disabled}>
          Change package
        </Button>
      )}
    </div>
  );
}
