"use client";

import { useId, type ReactNode } from "react";
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
  // A card's place in the one radio set: checked while it is the selection; choosing it makes it so.
  const choice = (id: string, select: NonNullable<PackageSelection>): CardChoice => ({ name, checked: selectedId === id, onChange: () => onSelect(select) });
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        icon={<CalendarClock aria-hidden className="size-4 text-primary" />}
        legend="Assigned to this patient"
        note={`(${options.assigned.length})`}
        empty={options.assigned.length === 0 ? "No active packages with sessions left. Choose one of the available packages below." : null}
      >
        {options.assigned.map((p) => (
          <AssignedCard key={p.id} purchase={p} {...choice(p.id, { kind: "assigned", purchase: p })} />
        ))}
      </ChoiceGroup>

      <ChoiceGroup
        icon={<Package aria-hidden className="size-4 text-muted-foreground" />}
        legend="Available packages"
        note="— assigning one creates a new purchase for the patient"
      >
        {options.available.map((t) => (
          <TemplateCard key={t.id} template={t} {...choice(t.id, { kind: "template", template: t })} />
        ))}
      </ChoiceGroup>
    </div>
  );
}

/** One group of the radio set; `empty` replaces the cards with a sentence when there are none. */
function ChoiceGroup({ icon, legend, note, empty = null, children }: {
  icon: ReactNode;
  legend: string;
  note: string;
  empty?: string | null;
  children: ReactNode;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 flex items-center gap-2 text-sm font-semibold">
        {icon}
        {legend}
        <span className="font-normal text-muted-foreground">{note}</span>
      </legend>
      {empty !== null ? (
        <p className="rounded-lg border border-dashed px-3 py-4 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">{children}</div>
      )}
    </fieldset>
  );
}

type CardChoice = { name: string; checked: boolean; onChange: () => void };

/**
 * A radio button as a card: the title names it and the details describe it (aria-labelledby/-describedby), so a
 * screen reader reads the package's name first and its sessions after.
 */
function ChoiceCard({ name, value, checked, disabled = false, onChange, title, aside, headClassName, details }: CardChoice & {
  value: string;
  disabled?: boolean;
  title: string;
  /** Beside the title: a warning badge, the price. */
  aside: ReactNode;
  headClassName: string;
  details: ReactNode;
}) {
  const id = useId();
  return (
    <label className={cn(cardClass, disabled && "cursor-not-allowed bg-muted/50 hover:border-border")}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onChange}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-details`}
        className="mt-0.5 size-4 shrink-0 accent-primary"
      />
      <span className="grid min-w-0 flex-1 content-start gap-1.5">
        <span className={headClassName}>
          <span id={`${id}-name`} className={cn("font-medium", disabled && "text-muted-foreground")}>
            {title}
          </span>
          {aside}
        </span>
        <span id={`${id}-details`} className="grid gap-1">
          {details}
        </span>
      </span>
    </label>
  );
}

const cardClass =
  "relative flex cursor-pointer gap-3 rounded-lg border bg-card p-3 text-sm transition-colors hover:border-ring/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:checked]:border-primary has-[:checked]:bg-primary/5";

function AssignedCard({ purchase, ...choice }: CardChoice & { purchase: AssignedPurchase }) {
  return (
    <ChoiceCard
      {...choice}
      value={purchase.id}
      title={purchase.packageName}
      headClassName="flex flex-wrap items-center gap-2"
      aside={
        purchase.expiringSoon && (
          <Badge variant="warning">
            <AlertTriangle aria-hidden />
            Expires in {purchase.daysLeft} day{purchase.daysLeft === 1 ? "" : "s"}
          </Badge>
        )
      }
      details={
        <>
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
        </>
      }
    />
  );
}

function TemplateCard({ template, ...choice }: CardChoice & { template: AvailableTemplate }) {
  return (
    <ChoiceCard
      {...choice}
      value={template.id}
      disabled={template.disabledReason !== null}
      title={template.name}
      headClassName="flex items-start justify-between gap-2"
      aside={<span className="shrink-0 font-semibold tabular-nums">{template.price}</span>}
      details={
        <>
          {template.disabledReason !== null && (
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
        </>
      }
    />
  );
}
