"use client";

import { Card, CardContent } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormCheckbox, FormTextField } from "@/components/admin/bound-fields";
import { FormActions } from "@/components/admin/form-actions";
import { AdminForm } from "@/components/admin/admin-form";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { createServiceAction, updateServiceAction } from "@/app/admin/services/actions";
import { ZServiceSchema, ZServiceUpdateSchema, type TServiceFormValues } from "@/lib/validations/service";

type Values = TServiceFormValues & { id?: string };

export function ServiceForm({ service, currencySymbol }: {
  service?: { id: string; name: string; durationMin: number; bufferAfterMin: number; priceMinor: number; colour: string; active: boolean };
  currencySymbol: string;
}) {
  const { form, fieldErrors: e, formError, pending, onSubmit } = useAdminForm<Values, { id: string }>({
    schema: service ? ZServiceUpdateSchema : ZServiceSchema,
    defaultValues: service
      ? {
          id: service.id,
          name: service.name,
          durationMin: String(service.durationMin),
          bufferAfterMin: String(service.bufferAfterMin),
          price: (service.priceMinor / 100).toFixed(2),
          colour: service.colour,
          active: service.active,
        }
      : { name: "", durationMin: "60", bufferAfterMin: "0", price: "", colour: "#2563eb", active: true },
    action: (input) => (service ? updateServiceAction({ ...input, id: service.id }) : createServiceAction(input)),
    success: service ? "Service saved." : "Service created.",
    redirectTo: "/admin/services",
  });
  const colour = form.watch("colour");

  return (
    <Card className="max-w-2xl">
      <CardContent className="pt-6">
        <AdminForm form={form} onSubmit={onSubmit} error={formError} label={service ? "Edit service" : "New service"} className="space-y-5">
          <FormTextField name="name" label="Name" error={e.name} autoComplete="off" />
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <FormTextField name="durationMin" label="Duration (minutes)" error={e.durationMin} inputMode="numeric" />
            <FormTextField name="bufferAfterMin" label="Buffer after (minutes)" error={e.bufferAfterMin} hint="Clean-up time; the provider stays busy." inputMode="numeric" />
            <FormTextField name="price" label={`List price (${currencySymbol})`} error={e.price} inputMode="decimal" placeholder="60.00" />
            <Field label="Calendar colour" htmlFor="colour" error={e.colour}>
              {/* Its own id: Field gives its single child the control's id, which belongs to the colour input. */}
              <div id="colour-inputs" className="flex items-center gap-2">
                <Input
                  id="colour"
                  type="color"
                  value={/^#[0-9a-fA-F]{6}$/.test(colour) ? colour : "#000000"}
                  onChange={(ev) => form.setValue("colour", ev.target.value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
                  className="h-9 w-14 cursor-pointer p-1"
                  aria-invalid={e.colour ? true : undefined}
                  aria-describedby={e.colour ? "colour-error" : undefined}
                />
                <Input aria-label="Colour as hex code" {...form.register("colour")} className="w-28 font-mono" aria-invalid={e.colour ? true : undefined} />
              </div>
            </Field>
          </div>
          <FormCheckbox
            name="active"
            id="active"
            label="Active"
            hint="Inactive services cannot be booked or added to packages; existing bookings are kept."
          />
          <FormActions pending={pending} submitLabel={service ? "Save service" : "Create service"} cancelHref="/admin/services" />
        </AdminForm>
      </CardContent>
    </Card>
  );
}
