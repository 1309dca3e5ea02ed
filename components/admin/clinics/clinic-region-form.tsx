"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { updateClinicRegionAction } from "@/app/admin/clinics/region-actions";
import { FormError } from "@/components/admin/form-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formats } from "@/lib/format";

const LOCALES = ["en-GB", "en-US", "en-IE", "en-AU", "en-CA", "fr-FR", "de-DE", "es-ES", "nl-NL"];
const SAMPLE = new Date(Date.UTC(2026, 11, 8, 17, 0));

type Region = {
  id: string;
  locale: string;
  currency: string;
  templateCurrencies: { currency: string; templates: number }[];
  currencies: { code: string; name: string }[];
};

/**
 * The clinic page's "Language and currency" section, saved on its own: how the clinic writes dates, times and money,
 * and the currency it sells in (only templates priced in it are sold there).
 */
export function ClinicRegionForm({ clinic }: { clinic: Region }) {
  const router = useRouter();
  const [locale, setLocale] = useState(clinic.locale);
  const [currency, setCurrency] = useState(clinic.currency);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const preview = useMemo(() => {
    try {
      const f = formats({ timeZone: "UTC", locale, currency });
      return `${f.dateTime(SAMPLE)} · ${f.money(42_050)}`;
    } catch {
      return null;
    }
  }, [locale, currency]);
  const sold = clinic.templateCurrencies.find((c) => c.currency === currency)?.templates ?? 0;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setFormError(null);
    try {
      const result = await updateClinicRegionAction({ clinicId: clinic.id, locale, currency });
      if (!result.ok) {
        setErrors(result.error.fieldErrors ?? {});
        setFormError(result.error.fieldErrors ? null : result.error.message);
        return;
      }
      setErrors({});
      toast.success(result.data.changed ? "Language and currency saved." : "Nothing changed.");
      router.refresh();
    } catch {
      setFormError("Cadence could not be reached. Nothing was changed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="region-heading" className="mt-8 max-w-2xl space-y-4 rounded-lg border bg-card p-5">
      <div>
        <h2 id="region-heading" className="text-lg font-semibold">
          Language and currency
        </h2>
        <p className="text-sm text-muted-foreground">
          How this clinic&apos;s screens, e-mails and calendar files write dates, times and money, and the currency it sells in.
        </p>
      </div>
      <form onSubmit={save} className="grid gap-4 sm:grid-cols-2" noValidate>
        <Field label="Language and date format" htmlFor="region-locale" error={errors.locale} hint="A language tag, like en-GB or en-US.">
          <Input list="region-locales" value={locale} onChange={(e) => setLocale(e.target.value)} maxLength={35} required autoComplete="off" />
        </Field>
        <datalist id="region-locales">
          {LOCALES.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <Field
          label="Currency"
          htmlFor="region-currency"
          error={errors.currency}
          hint={`${sold} active package template${sold === 1 ? "" : "s"} priced in ${currency}; only those are sold here.`}
        >
          <select
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
            className="h-9 w-full min-w-0 rounded-md border border-input bg-background px-3 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            {clinic.currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} — {c.name}
              </option>
            ))}
          </select>
        </Field>
        <p className="text-sm text-muted-foreground sm:col-span-2" aria-live="polite">
          {preview ? `Looks like: ${preview}` : "Not a language tag this server knows."}
        </p>
        <div className="sm:col-span-2">
          <FormError message={formError} />
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save language and currency"}
          </Button>
        </div>
      </form>
    </section>
  );
}
