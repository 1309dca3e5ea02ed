"use client";

import { useMemo } from "react";
import { FormProvider } from "react-hook-form";
import { createPackageAction, updatePackageAction } from "@/app/admin/packages/actions";
import { cadenceSummary, packageSummary } from "@/lib/packages/summary";
import { ZPackageSchema, type TPackageInput } from "@/lib/validations/package";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ClinicSelect } from "@/components/admin/clinic-select";
import { Textarea } from "@/components/ui/textarea";
import { FormCheckbox, FormDatePicker } from "@/components/admin/bound-fields";
import { FormActions } from "@/components/admin/form-actions";
import { FormError } from "@/components/admin/form-error";
import { Section } from "@/components/admin/section";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ProviderChecklist } from "@/components/admin/packages/provider-checklist";
import { PackageItemsEditor } from "@/components/admin/packages/package-items-editor";
import { eligibleProviders, type PackageFormOptionsProp, type PackageFormValues } from "@/components/admin/packages/package-form-types";

export type { PackageFormOptionsProp, PackageFormValues };

export function PackageForm({ packageId, initial, options }: {
  /** Absent when creating. */
  packageId?: string;
  initial: PackageFormValues;
  options: PackageFormOptionsProp;
}) {
  // A provider restriction only keeps providers who can still deliver part of the package.
  const toInput = (v: PackageFormValues): TPackageInput => {
    const eligible = new Set(eligibleProviders(v, options.providers).map((p) => p.id));
    return { ...v, providerIds: v.providerIds.filter((id) => eligible.has(id)) };
  };
  const { form, fieldErrors: errors, formError, pending, onSubmit } = useAdminForm({
    schema: ZPackageSchema,
    defaultValues: initial,
    toInput,
    action: (input) => (packageId ? updatePackageAction(packageId, input) : createPackageAction(input)),
    success: (_, input) => (packageId ? `Saved “${input.name.trim()}”.` : `Created “${input.name.trim()}”.`),
    redirectTo: "/admin/packages",
  });
  const values = form.watch();
  const eligible = eligibleProviders(values, options.providers);
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const preview = usePreview(values, options, values.currency);
  // The template's own currency stays offered even if no active clinic sells in it any more.
  const currencies = options.currencies.includes(initial.currency) || !initial.currency ? options.currencies : [...options.currencies, initial.currency].sort();

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={packageId ? "Edit package" : "New package"}>
        <FormError message={formError} />

        <div className="rounded-lg border bg-muted/40 px-4 py-3" aria-live="polite">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Receptionists will see</p>
          <p className="mt-1 font-medium">{preview.summary}</p>
          {preview.cadence && <p className="text-sm text-muted-foreground">Recommended rhythm: {preview.cadence}</p>}
        </div>

        <Section title="Package" className="grid items-start gap-4 md:grid-cols-2">
          <Field label="Name" htmlFor="name" error={errors.name} className="md:col-span-2">
            <Input {...form.register("name")} autoComplete="off" />
          </Field>
          <Field label="Description" htmlFor="description" error={errors.description} hint="Optional; shown to staff when they assign the package." className="md:col-span-2">
            <Textarea rows={2} {...form.register("description")} />
          </Field>
          <Field label={`Price (${values.currency})`} htmlFor="price" error={errors.price}>
            <Input inputMode="decimal" {...form.register("price")} placeholder="e.g. 420" />
          </Field>
          <Field
            label="Currency"
            htmlFor="currency"
            error={errors.currency}
            hint={packageId ? "Sold only at clinics of this currency. Purchases already made keep theirs." : "Sold only at clinics of this currency."}
          >
            <Select value={values.currency} onValueChange={(v) => form.setValue("currency", v, { shouldDirty: true })}>
              <SelectTrigger id="currency" className="w-full" aria-describedby="currency-hint">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {currencies.map((c) => (
                  <SelectItem key={c} value={c}>
                    {c}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </Field>
          <Field label="Valid for (days)" htmlFor="validityDays" error={errors.validityDays} hint="Counted from the day it is assigned.">
            <Input inputMode="numeric" {...form.register("validityDays")} />
          </Field>
          <Field label="Sale ends on" htmlFor="saleEndsOn" error={errors.saleEndsOn} hint="Optional: the last day it can be assigned.">
            <FormDatePicker name="saleEndsOn" placeholder="No end date" />
          </Field>
          <div className="self-end pb-2">
            <FormCheckbox name="active" id="active" label="Active (can be assigned to patients)" />
          </div>
        </Section>

        <Section title="Services and sessions" description="Each service once, with the number of sessions the package includes.">
          <PackageItemsEditor services={options.services} errors={errors} />
        </Section>

        <Card>
          <CardHeader>
            <CardTitle className="text-base">Scheduling and limits</CardTitle>
            <CardDescription>Optional guidance the auto-scheduler follows when it books the course.</CardDescription>
          </CardHeader>
          <CardContent className="grid items-start gap-4 md:grid-cols-2">
            <Field label="Default clinic" htmlFor="defaultClinicId" error={errors.defaultClinicId} hint="Pre-selected when staff book this package.">
              <ClinicSelect
                id="defaultClinicId"
                className="w-full"
                aria-describedby="defaultClinicId-hint"
                clinics={options.clinics.filter((c) => c.active || c.id === values.defaultClinicId)}
                value={values.defaultClinicId}
                onChange={(id) => form.setValue("defaultClinicId", id, { shouldDirty: true })}
                noneLabel="No default"
              />
            </Field>
            <Field
              label="Active purchases per patient"
              htmlFor="maxActivePerPatient"
              error={errors.maxActivePerPatient}
              hint="How many unfinished copies one patient may hold at once."
            >
              <Input inputMode="numeric" {...form.register("maxActivePerPatient")} />
            </Field>
            <Field label="Minimum days between sessions" htmlFor="minDaysBetween" error={errors.minDaysBetween} hint="Leave empty for no minimum.">
              <Input inputMode="numeric" {...form.register("minDaysBetween")} />
            </Field>
            <Field label="Maximum sessions per week" htmlFor="maxPerWeek" error={errors.maxPerWeek} hint="Leave empty for no maximum.">
              <Input inputMode="numeric" {...form.register("maxPerWeek")} />
            </Field>
          </CardContent>
        </Card>

        <ProviderChecklist
          providers={eligible}
          selected={values.providerIds.filter((id) => eligibleIds.has(id))}
          onChange={(ids) => form.setValue("providerIds", ids, { shouldDirty: true })}
          error={errors.providerIds}
          hasServices={values.items.some((i) => i.serviceId)}
        />

        <FormActions pending={pending} submitLabel={packageId ? "Save changes" : "Create package"} cancelHref="/admin/packages" />
      </form>
    </FormProvider>
  );
}

/** The one-line summary receptionists will see, from what is typed so far. */
function usePreview(values: PackageFormValues, options: PackageFormOptionsProp, currency: string) {
  const serviceById = useMemo(() => new Map(options.services.map((s) => [s.id, s])), [options.services]);
  const parsed = ZPackageSchema.shape.price.safeParse(values.price);
  const items = values.items
    .filter((i) => serviceById.has(i.serviceId) && Number(i.sessions) > 0)
    .map((i) => ({ serviceName: serviceById.get(i.serviceId)!.name, durationMin: serviceById.get(i.serviceId)!.durationMin, sessions: Number(i.sessions) }));
  const price = parsed.success ? parsed.data : Math.round(Number(values.price.replace(/[£$€,\s]/g, "")) * 100) || 0;
  return {
    summary: packageSummary({ items, validityDays: Number(values.validityDays) || 0, priceMinor: price, currency }),
    cadence: cadenceSummary({ minDaysBetween: Number(values.minDaysBetween) || null, maxPerWeek: Number(values.maxPerWeek) || null }),
  };
}
