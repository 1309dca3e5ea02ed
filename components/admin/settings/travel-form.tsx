"use client";

import { setTravelMinutesAction } from "@/app/admin/settings/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormError } from "@/components/admin/form-error";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { ZTravelSchema } from "@/lib/validations/settings";

export function TravelForm({ initial }: { initial: number }) {
  const { form, fieldErrors, formError, pending, onSubmit } = useAdminForm({
    schema: ZTravelSchema,
    defaultValues: { travelMinutes: String(initial) },
    action: setTravelMinutesAction,
    success: "Saved the travel time.",
    redirectTo: "/admin/settings",
  });
  return (
    <form aria-label="Travel between clinics" noValidate className="grid max-w-md gap-4" onSubmit={onSubmit}>
      <FormError message={formError} />
      <Field
        label="Travel time between clinics (minutes)"
        htmlFor="travelMinutes"
        error={fieldErrors.travelMinutes}
        hint="Auto Schedule, single sessions and rescheduling keep this much time between a patient's appointment at one clinic and a session at another."
      >
        <Input type="number" inputMode="numeric" min={0} max={600} className="w-32" {...form.register("travelMinutes")} />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
