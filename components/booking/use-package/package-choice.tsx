"use client";

import { useId } from "react";
import { AlertTriangle, Ban, CalendarClock, Package } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { AssignedPurchase, AvailableTemplate, PackageOptions } from "@/lib/booking/types";

export type PackageSelection = { kind: "assigned"; purchase: AssignedPurchase } | { kind: "template"; template: AvailableTemplate } | null;

/**
 * The two groups of §3.2 as one set of native radio buttons (arrow keys move within the set, Space selects):
 * the patient's own purchases first, then the catalogue. A template the patient may not take stays visible,
 * disabled, with the reason.
 */
export function PackageChoice({
  options,
  selection,
  onSelect,
}: {
  options: PackageOptions;
  selection: PackageSelection;
  onSelect: (selection: PackageSelection) => void;
}) {
  const name = useId();
  const selectedId = selection?.kind === "assigned" ? selection.purchase.id : selection?.kind === "template" ? selection.template.id : null;
  return (
    <div className="grid gap-5">
      <fieldset className="grid gap-2">
        <legend className="mb-2 flex items-center gap-2 text-sm font-semibold">
          <CalendarClock aria-hidden className="size-4 text-primary" />
          Assigned to this patient
          <span className="font-normal text-muted-foreground">({options.assigned.length})</span>
        </legend>
        {options.assigned.length === 0 ? (
          <p className="rounded-lg border border-dashed px-3 py-4 text-sm text-muted-foreground">
            No active packages with sessions left. Choose one of the available packages below.
          </p>
        ) : (
          <div className="grid gap-2 sm:grid-cols-2">
            {options.assigned.map((p) => (
              <AssignedCard
                key={p.id}
                name={name}
                purchase={p}
                checked={selectedId === p.id}
                onChange={() => onSelect({ kind: "assigned", purchase: p })}
              />
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-2 flex items-center gap-2 text-sm font-semibold">
          <Package aria-hidden className="size-4 text-muted-foreground" />
          Available packages
          <span className="font-normal text-muted-foreground">— assigning one creates a new purchase for the patient</span>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {options.available.map((t) => (
            <TemplateCard
              key={t.id}
              name={name}
              template={t}
              checked={selectedId === t.id}
              onChange={() => onSelect({ kind: "template", template: t })}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

const cardClass =
  "relative flex cursor-pointer gap-3 rounded-lg border bg-card p-3 text-sm transition-colors hover:border-ring/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:checked]:border-primary has-[:checked]:bg-primary/5";

function AssignedCard({
  name,
  purchase,
  checked,
  onChange,
}: {
  name: string;
  purchase: AssignedPurchase;
  checked: boolean;
  onChange: () => void;
}) {
  const id = useId();
  return (
    <label className={cardClass}>
      <input
        type="radio"
        name={name}
        value={purchase.id}
        checked={checked}
        onChange={onChange}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-details`}
        className="mt-0.5 size-4 shrink-0 accent-primary"
      />
      <span className="grid min-w-0 flex-1 content-start gap-1.5">
        <span className="flex flex-wrap items-center gap-2">
          <span id={`${id}-name`} className="font-medium">
            {purchase.packageName}
          </span>
          {purchase.expiringSoon && (
            <Badge variant="warning">
              <AlertTriangle aria-hidden />
              Expires in {purchase.daysLeft} day{purchase.daysLeft === 1 ? "" : "s"}
            </Badge>
          )}
        </span>
        <span id={`${id}-details`} className="grid gap-1">
          <span className="text-muted-foreground">
            Expires {purchase.expiresOn} · {purchase.remainingTotal} session{purchase.remainingTotal === 1 ? "" : "s"} left
          </span>
          <span className="grid gap-0.5">
            {purchase.items.map((item) => (
              <span key={item.serviceId} className="flex justify-between gap-2 tabular-nums">
                <span>{item.serviceName}</span>
                <span className="text-muted-foreground">
                  <span className="font-semibold text-foreground">{item.remaining}</span> of {item.total} left
                </span>
              </span>
            ))}
          </span>
        </span>
      </span>
    </label>
  );
}

function TemplateCard({
  name,
  template,
  checked,
  onChange,
}: {
  name: string;
  template: AvailableTemplate;
  checked: boolean;
  onChange: () => void;
}) {
  const id = useId();
  const disabled = template.disabledReason !== null;
  return (
    <label className={cn(cardClass, disabled && "cursor-not-allowed bg-muted/50 hover:border-border")}>
      <input
        type="radio"
        name={name}
        value={template.id}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-details`}
        className="mt-0.5 size-4 shrink-0 accent-primary"
      />
      <span className="grid min-w-0 flex-1 content-start gap-1.5">
        <span className="flex items-start justify-between gap-2">
          <span id={`${id}-name`} className={cn("font-medium", disabled && "text-muted-foreground")}>
            {template.name}
          </span>
          <span className="shrink-0 font-semibold tabular-nums">{template.price}</span>
        </span>
        <span id={`${id}-details`} className="grid gap-1">
          {disabled && (
            <span className="flex items-center gap-1.5 font-medium text-foreground">
              <Ban aria-hidden className="size-3.5 shrink-0 text-destructive" />
              {template.disabledReason}
            </span>
          )}
          <span className="text-muted-foreground">
            Valid {template.validityDays} days ·{" "}
            {template.items.map((i) => `${i.sessions} × ${i.serviceName} (${i.durationMin} min)`).join(", ")}
          </span>
          {template.description && <span className="line-clamp-2 text-muted-foreground">{template.description}</span>}
        </span>
      </span>
    </label>
  );
}
