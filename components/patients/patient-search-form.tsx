import { SearchForm } from "@/components/shell/search-form";

export function PatientSearchForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <SearchForm action="/patients" label="Search patients" placeholder="Search by name, patient number, email or phone" defaultValue={defaultValue} />
  );
}
