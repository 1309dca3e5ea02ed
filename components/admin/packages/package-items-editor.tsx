"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, fieldIds } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { PackageFormOptionsProp, PackageFormValues } from "./package-form-types";

/** The package's services, each once, with its number of sessions: the form's `items` as a field array. */
export function PackageItemsEditor({ services, errors }: { services: PackageFormOptionsProp["services"]; errors: Record<string, string> }) {
  const { control, register, setValue } = useFormContext<PackageFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "items" });
  const items = useWatch({ control, name: "items" }) ?? [];
  const used = new Set(items.map((i) => i.serviceId).filter(Boolean));
  const nameOf = (id: string) => services.find((s) => s.id === id)?.name;

  return (
    <div className="space-y-3">
      {fields.map((field, i) => {
        const serviceId = items[i]?.serviceId ?? "";
        const serviceError = errors[`items.${i}.serviceId`];
        const ids = fieldIds(`items-${i}-service`);
        return (
          <div key={field.id} className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-2">
            <div className="grid gap-1.5">
              <Label htmlFor={`items-${i}-service`} className={i > 0 ? "sr-only" : undefined}>
                Service
              </Label>
              <Select value={serviceId || undefined} onValueChange={(v) => setValue(`items.${i}.serviceId`, v, { shouldDirty: true })}>
                <SelectTrigger
                  id={`items-${i}-service`}
                  className="w-full"
                  aria-invalid={serviceError ? true : undefined}
                  aria-describedby={serviceError ? ids.errorId : undefined}
                >
                  <SelectValue placeholder="Pick a service" />
                </SelectTrigger>
                <SelectContent>
                  {services
                    .filter((s) => s.active || s.id === serviceId)
                    .map((s) => (
                      <SelectItem key={s.id} value={s.id} disabled={s.id !== serviceId && used.has(s.id)}>
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
            <Field label="Sessions" htmlFor={`items-${i}-sessions`} error={errors[`items.${i}.sessions`]} className={i > 0 ? "[&>label]:sr-only" : undefined}>
              <Input inputMode="numeric" {...register(`items.${i}.sessions`)} />
            </Field>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className={i === 0 ? "mt-6" : undefined}
              aria-label={`Remove ${nameOf(serviceId) ?? "this service"}`}
              onClick={() => remove(i)}
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
      <Button type="button" variant="outline" size="sm" onClick={() => append({ serviceId: "", sessions: "1" })}>
        <Plus aria-hidden />
        Add a service
      </Button>
    </div>
  );
}
