"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Plus, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { createPackageAction, updatePackageAction } from "@/app/admin/packages/actions";
import { cadenceSummary, packageSummary } from "@/lib/packages/summary";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { ZPackageSchema, type TPackageInput } from "@/lib/validations/package";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, fieldIds } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ProviderChecklist } from "@/components/admin/packages/provider-checklist";

export type PackageFormValues = {
  name: string;
  description: string;
  price: string;
  validityDays: string;
  active: boolean;
  saleEndsOn: string;
  items: { serviceId: string; sessions: string }[];
  defaultClinicId: string;
  providerIds: string[];
  minDaysBetween: string;
  maxPerWeek: string;
  maxActivePerPatient: string;
};

export type PackageFormOptionsProp = {
  services: { id: string; name: string; durationMin: number; active: boolean }[];
  clinics: { id: string; name: string; active: boolean }[];
  providers: { id: string; name: string; title: string | null; active: boolean; serviceIds: string[] }[];
};

const NONE = "__none";

export function PackageForm({ packageId, initial, options, currency }: {
  /** Absent when creating. */
  packageId?: string;
  initial: PackageFormValues;
  options: PackageFormOptionsProp;
  currency: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const set = <K extends keyof PackageFormValues>(key: K, value: PackageFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => withoutErrors(e, key));
  };
  const setItem = (index: number, change: Partial<PackageFormValues["items"][number]>) =>
    set("items", values.items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  const serviceById = useMemo(() => new Map(options.services.map((s) => [s.id, s])), [options.services]);
  const itemServiceIds = values.items.map((i) => i.serviceId).filter(Boolean);
  const eligibleProviders = options.providers.filter((p) => p.serviceIds.some((id) => itemServiceIds.includes(id)));
  const eligibleIds = new Set(eligibleProviders.map((p) => p.id));

  const preview = (() => {
    const parsed = ZPackageSchema.safeParse(toInput(values, eligibleIds));
    const items = values.items
      .filter((i) => serviceById.has(i.serviceId) && Number(i.sessions) > 0)
      .map((i) => ({ serviceName: serviceById.get(i.serviceId)!.name, durationMin: serviceById.get(i.serviceId)!.durationMin, sessions: Number(i.sessions) }));
    const price = parsed.success ? parsed.data.price : Math.round(Number(values.price.replace(/[£$€,\s]/g, "")) * 100) || 0;
    return {
      summary: packageSummary({ items, validityDays: Number(values.validityDays) || 0, priceMinor: price, currency }),
      cadence: cadenceSummary({ minDaysBetween: Number(values.minDaysBetween) || null, maxPerWeek: Number(values.maxPerWeek) || null }),
    };
  })();

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = toInput(values, eligibleIds);
    const parsed = ZPackageSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setFormError("Please correct the highlighted fields.");
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = packageId ? await updatePackageAction(packageId, input) : await createPackageAction(input);
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        setFormError(result.error.message);
        return;
      }
      toast.success(packageId ? `Saved “${parsed.data.name}”.` : `Created “${parsed.data.name}”.`);
      router.push("/admin/packages");
      router.refresh();
    } catch {
      setFormError("Cadence could not be reached. Nothing was saved; check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const usedServiceIds = new Set(itemServiceIds);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={packageId ? "Edit package" : "New package"}>
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}

      <div className="rounded-lg border bg-muted/40 px-4 py-3" aria-live="polite">
        <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Receptionists will see</p>
        <p className="mt-1 font-medium">{preview.summary}</p>
        {preview.cadence && <p className="text-sm text-muted-foreground">Recommended rhythm: {preview.cadence}</p>}
      </div>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Package</CardTitle>
        </CardHeader>
        <CardContent className="grid items-start gap-4 md:grid-cols-2">
          <Field label="Name" htmlFor="name" error={errors.name} className="md:col-span-2">
            <Input value={values.name} onChange={(e) => set("name", e.target.value)} autoComplete="off" />
          </Field>
          <Field label="Description" htmlFor="description" error={errors.description} hint="Optional; shown to staff when they assign the package." className="md:col-span-2">
            <Textarea rows={2} value={values.description} onChange={(e) => set("description", e.target.value)} />
          </Field>
          <Field label={`Price (${currency})`} htmlFor="price" error={errors.price}>
            <Input inputMode="decimal" value={values.price} onChange={(e) => set("price", e.target.value)} placeholder="e.g. 420" />
          </Field>
          <Field label="Valid for (days)" htmlFor="validityDays" error={errors.validityDays} hint="Counted from the day it is assigned.">
            <Input inputMode="numeric" value={values.validityDays} onChange={(e) => set("validityDays", e.target.value)} />
          </Field>
          <Field label="Sale ends on" htmlFor="saleEndsOn" error={errors.saleEndsOn} hint="Optional: the last day it can be assigned.">
            <Input type="date" value={values.saleEndsOn} onChange={(e) => set("saleEndsOn", e.target.value)} />
          </Field>
          <div className="flex items-center gap-2 self-end pb-2">
            <Checkbox id="active" checked={values.active} onCheckedChange={(c) => set("active", c === true)} />
            <Label htmlFor="active">Active (can be assigned to patients)</Label>
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Services and sessions</CardTitle>
          <CardDescription>Each service once, with the number of sessions the package includes.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-3">
          {values.items.map((item, i) => {
            const serviceError = errors[`items.${i}.serviceId`];
            const sessionsError = errors[`items.${i}.sessions`];
            const ids = fieldIds(`items-${i}-service`);
            return (
              <div key={i} className="grid grid-cols-[1fr_7rem_auto] items-start gap-2">
                <div className="grid gap-1.5">
                  <Label htmlFor={`items-${i}-service`} className={i > 0 ? "sr-only" : undefined}>
                    Service
                  </Label>
                  <Select value={item.serviceId || undefined} onValueChange={(v) => setItem(i, { serviceId: v })}>
                    <SelectTrigger
                      id={`items-${i}-service`}
                      className="w-full"
                      aria-invalid={serviceError ? true : undefined}
                      aria-describedby={serviceError ? ids.errorId : undefined}
                    >
                      <SelectValue placeholder="Pick a service" />
                    </SelectTrigger>
                    <SelectContent>
                      {options.services
                        .filter((s) => s.active || s.id === item.serviceId)
                        .map((s) => (
                          <SelectItem key={s.id} value={s.id} disabled={s.id !== item.serviceId && usedServiceIds.has(s.id)}>
                            {s.name} · {s.durationMin} min{s.active ? "" : " (inactive)"}
                          </SelectItem>
                        ))}
                    </SelectContent>
                  </Select>
                  {serviceError && (
                    <p id={ids.errorId} role="alert" className="text-[13px] font-medium text-destructive">
                      {serviceError}
                    </p>
                  )}
                </div>
                <Field label="Sessions" htmlFor={`items-${i}-sessions`} error={sessionsError} className={i > 0 ? "[&>label]:sr-only" : undefined}>
                  <Input inputMode="numeric" value={item.sessions} onChange={(e) => setItem(i, { sessions: e.target.value })} />
                </Field>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className={i === 0 ? "mt-6" : undefined}
                  aria-label={`Remove ${serviceById.get(item.serviceId)?.name ?? "this service"}`}
                  onClick={() => set("items", values.items.filter((_, j) => j !== i))}
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
            );
          })}
          {errors.items && (
            <p role="alert" className="text-[13px] font-medium text-destructive">
              {errors.items}
            </p>
          )}
          <Button type="button" variant="outline" size="sm" onClick={() => set("items", [...values.items, { serviceId: "", sessions: "1" }])}>
            <Plus aria-hidden />
            Add a service
          </Button>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Scheduling and limits</CardTitle>
          <CardDescription>Optional guidance the auto-scheduler follows when it books the course.</CardDescription>
        </CardHeader>
        <CardContent className="grid items-start gap-4 md:grid-cols-2">
          <Field label="Default clinic" htmlFor="defaultClinicId" error={errors.defaultClinicId} hint="Pre-selected when staff book this package.">
            <Select value={values.defaultClinicId || NONE} onValueChange={(v) => set("defaultClinicId", v === NONE ? "" : v)}>
              <SelectTrigger id="defaultClinicId" className="w-full" aria-describedby="defaultClinicId-hint">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={NONE}>No default</SelectItem>
                {options.clinics
                  .filter((c) => c.active || c.id === values.defaultClinicId)
                  .map((c) => (
                    <SelectItem key={c.id} value={c.id}>
                      {c.name}
                    </SelectItem>
                  ))}
              </SelectContent>
            </Select>
          </Field>
          <Field
            label="Active purchases per patient"
            htmlFor="maxActivePerPatient"
            error={errors.maxActivePerPatient}
            hint="How many unfinished copies one patient may hold at once."
          >
            <Input inputMode="numeric" value={values.maxActivePerPatient} onChange={(e) => set("maxActivePerPatient", e.target.value)} />
          </Field>
          <Field label="Minimum days between sessions" htmlFor="minDaysBetween" error={errors.minDaysBetween} hint="Leave empty for no minimum.">
            <Input inputMode="numeric" value={values.minDaysBetween} onChange={(e) => set("minDaysBetween", e.target.value)} />
          </Field>
          <Field label="Maximum sessions per week" htmlFor="maxPerWeek" error={errors.maxPerWeek} hint="Leave empty for no maximum.">
            <Input inputMode="numeric" value={values.maxPerWeek} onChange={(e) => set("maxPerWeek", e.target.value)} />
          </Field>
        </CardContent>
      </Card>

      <ProviderChecklist
        providers={eligibleProviders}
        selected={values.providerIds.filter((id) => eligibleIds.has(id))}
        onChange={(ids) => set("providerIds", ids)}
        error={errors.providerIds}
        hasServices={itemServiceIds.length > 0}
      />

      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : packageId ? "Save changes" : "Create package"}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/admin/packages")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A provider restriction only keeps providers who can still deliver part of the package. */
function toInput(values: PackageFormValues, eligibleIds: Set<string>): TPackageInput {
  return { ...values, providerIds: values.providerIds.filter((id) => eligibleIds.has(id)) };
}

/** Editing a field clears its own error (and its children's, e.g. items.0.sessions). */
function withoutErrors(errors: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
}
