"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { Label } from "@/components/ui/label";
import { ClinicSelect } from "@/components/admin/clinic-select";

/** Filters the provider list by clinic; the choice lives in the URL like the search. */
export function ClinicFilter({ clinics, value, q, sort, dir }: {
  clinics: { id: string; name: string }[];
  value: string | null;
  q: string;
  sort: string;
  dir: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function choose(next: string) {
    const query = new URLSearchParams({ ...(q ? { q } : {}), sort, dir, ...(next ? { clinic: next } : {}) });
    startTransition(() => router.push(`/admin/providers?${query}`));
  }
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="clinic-filter" className="text-sm text-muted-foreground">
        Clinic
      </Label>
      <ClinicSelect id="clinic-filter" className="min-w-48" clinics={clinics} value={value ?? ""} onChange={choose} noneLabel="All clinics" />
      {pending && <Loader2 aria-hidden data-pending className="size-4 animate-spin text-muted-foreground" />}
    </div>
  );
}
