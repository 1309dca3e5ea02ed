import { AlertTriangle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, formatMoney } from "@/lib/format";
import { daysUntil, EXPIRY_WARNING_DAYS, remainingOf, type LedgerLine } from "@/lib/packages/ledger";

type Purchase = {
  id: string;
  packageName: string;
  status: "ACTIVE" | "COMPLETED" | "EXPIRED" | "CANCELLED";
  purchasedAt: Date;
  expiresAt: Date;
  pricePaidMinor: number;
  items: (LedgerLine & { id: string; service: { name: string } })[];
};

const STATUS: Record<Purchase["status"], { label: string; variant: "success" | "secondary" | "outline" | "destructive" }> = {
  ACTIVE: { label: "Active", variant: "success" },
  COMPLETED: { label: "Completed", variant: "secondary" },
  EXPIRED: { label: "Expired", variant: "outline" },
  CANCELLED: { label: "Cancelled", variant: "destructive" },
};

export function PurchaseLedgerCard({ purchase, now, timeZone, currency }: { purchase: Purchase; now: Date; timeZone: string; currency: string }) {
  const days = daysUntil(purchase.expiresAt, now);
  const expiringSoon = purchase.status === "ACTIVE" && days <= EXPIRY_WARNING_DAYS;
  const status = STATUS[purchase.status];
  return (
    <Card data-testid="purchase-card">
      <CardHeader className="pb-3">
        <div className="flex items-start justify-between gap-2">
          <CardTitle className="text-base">{purchase.packageName}</CardTitle>
          <Badge variant={status.variant}>{status.label}</Badge>
        </div>
        <CardDescription>
          Assigned {formatDate(purchase.purchasedAt, timeZone)} · {formatMoney(purchase.pricePaidMinor, currency)} · expires{" "}
          {formatDate(purchase.expiresAt, timeZone)}
        </CardDescription>
        {expiringSoon && (
          <p className="flex items-center gap-1.5 text-sm font-medium text-warning-foreground">
            <AlertTriangle aria-hidden className="h-4 w-4" />
            {days <= 0 ? "Expires today" : `Expires in ${days} day${days === 1 ? "" : "s"}`}
          </p>
        )}
      </CardHeader>
      <CardContent>
        <ul className="space-y-2 text-sm">
          {purchase.items.map((item) => {
            const remaining = remainingOf(item);
            return (
              <li key={item.id} className="flex items-center justify-between gap-3">
                <span>{item.service.name}</span>
                <span className="tabular-nums text-muted-foreground">
                  <span className="font-semibold text-foreground">{remaining}</span> of {item.sessionsTotal} left
                  {item.booked > 0 && ` · ${item.booked} booked`}
                  {item.completed > 0 && ` · ${item.completed} done`}
                  {item.forfeited > 0 && ` · ${item.forfeited} forfeited`}
                </span>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
