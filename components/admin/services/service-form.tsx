"use client";

import { useState } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CheckboxField } from "@/components/admin/checkbox-field";
import { FormActions } from "@/components/admin/form-actions";
import { FormError } from "@/components/admin/form-error";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { createServiceAction, updateServiceAction } from "@/app/admin/services/actions";
import { ZServiceSchema, ZServiceUpdateSchema, type TServiceFormValues } from "@/lib/validations/service";

type Values = { name: string; durationMin: string; bufferAfterMin: string; price: string; colour: string; active: boolean };

export function ServiceForm({ service, currencySymbol }: {
  service?: { id: string; name: string; durationMin: number; bufferAfterMin: number; priceMinor: number; colour: string; active: boolean };
  currencySymbol: string;
}) {
  const [values, setValues] = useState<Values>(
    service
      ? {
          name: service.name,
          durationMin: String(service.durationMin),
          bufferAfterMin: String(service.bufferAfterMin),
          price: (service.priceMinor / 100).toFixed(2),
          colour: service.colour,
          active: service.active,
        }
      : { name: "", durationMin: "60", bufferAfterMin: "0", price: "", colour: "#2563eb", active: true },
  );
  const form = useAdminForm({
    schema: service ? ZServiceUpdateSchema : ZServiceSchema,
    action: service ? updateServiceAction : createServiceAction,
    success: service ? "Service saved." : "Service created.",
    redirectTo: "/admin/services",
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const e = form.fieldErrors;

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input: TServiceFormValues & { id?: string } = { ...values, ...(service ? { id: service.id } : {}) };
    void form.submit(input);
  }

  return (
    <Card className="max-w-2xl">
      <CardContent className="pt-6">
        <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={service ? "Edit service" : "New service"}>
          <FormError message={form.formError} />
          <Field label="Name" htmlFor="name" error={e.name}>
            <Input value={values.name} onChange={(ev) => set("name", ev.target.value)} autoComplete="off" />
          </Field>
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <Field label="Duration (minutes)" htmlFor="durationMin" error={e.durationMin}>
              <Input inputMode="numeric" value={values.durationMin} onChange={(ev) => set("durationMin", ev.target.value)} />
            </Field>
            <Field label="Buffer after (minutes)" htmlFor="bufferAfterMin" error={e.bufferAfterMin} hint="Clean-up time; the provider stays busy.">
              <Input inputMode="numeric" value={values.bufferAfterMin} onChange={(ev) => set("bufferAfterMin", ev.target.value)} />
            </Field>
            <Field label={`List price (${currencySymbol})`} htmlFor="price" error={e.price}>
              <Input inputMode="decimal" placeholder="60.00" value={values.price} onChange={(ev) => set("price", ev.target.value)} />
            </Field>
            <Field label="Calendar colour" htmlFor="colour" error={e.colour}>
              {/* Its own id: Field gives its single child the control's id, which belongs to the colour input. */}
              <div id="colour-inputs" className="flex items-center gap-2">
                <Input
                  id="colour"
                  type="color"
                  value={/^#[0-9a-fA-F]{6}$/.test(values.colour) ? values.colour : "#000000"}
                  onChange={(ev) => set("colour", ev.target.value)}
                  className="h-9 w-14 cursor-pointer p-1"
                  aria-invalid={e.colour ? true : undefined}
                  aria-describedby={e.colour ? "colour-error" : undefined}
                />
                <Input
                  aria-label="Colour as hex code"
                  value={values.colour}
                  onChange={(ev) => set("colour", ev.target.value)}
                  className="w-28 font-mono"
                  aria-invalid={e.colour ? true : undefined}
                />
              </div>
            </Field>
          </div>
          <CheckboxField
            id="active"
            label="Active"
            hint="Inactive services cannot be booked or added to packages; existing bookings are kept."
            checked={values.active}
            onChange={(v) => set("active", v)}
          />
          <FormActions pending={form.pending} submitLabel={service ? "Save service" : "Create service"} cancelHref="/admin/services" />
        </form>
      </CardContent>
    </Card>
  );
}
