import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A plain GET search form: works without JavaScript and keeps the search in the URL (shareable, back button). */
export function SearchForm({ action, label, placeholder, defaultValue, hidden }: {
  action: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  /** Other query parameters to keep (e.g. the current sort). */
  hidden?: Record<string, string>;
}) {
  const id = `search-${action.replace(/\W+/g, "-")}`;
  return (
    <form action={action} method="get" role="search" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input id={id} name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} autoComplete="off" />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary">
        <Search aria-hidden className="h-4 w-4" />
        Search
      </Button>
    </form>
  );
}
