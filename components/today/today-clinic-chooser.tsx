import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/reports/filter-field";

type ClinicCount = { id: string; name: string; appointments: number };

/**
 * Today for someone with more clinics than one page can list (an administrator of a clinic group): one clinic's day
 * at a time, chosen here with each clinic's count for today. A plain GET form, so it works before JavaScript loads.
 */
export function TodayClinicChooser({ clinics, selected }: { clinics: ClinicCount[]; selected: string }) {
  const options = clinics.map((c) => ({ value: c.id, label: `${c.name} · ${c.appointments} appointment${c.appointments === 1 ? "" : "s"}` }));
  return (
    <form method="get" action="/" aria-label="Choose the clinic to show" className="flex flex-wrap items-end gap-2">
      <FilterSelect id="today-clinic" name="clinic" label={`Clinic (one of ${clinics.length})`} defaultValue={selected} options={options} className="w-full sm:w-auto sm:min-w-80" />
      <Button type="submit" variant="outline">
        Show
      </Button>
    </form>
  );
}
