"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Loader2, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * A GET search form that keeps the search in the URL (shareable, back button). Without JavaScript the browser
 * submits it; with it, the search is an in-app navigation whose button spins while the results load.
 */
export function SearchForm({ action, label, placeholder, defaultValue, hidden }: {
  action: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  /** Other query parameters to keep (e.g. the current sort). */
  hidden?: Record<string, string>;
}) {
  const id = `search-${action.replace(/\W+/g, "-")}`;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The query the browser would build: the fields in document order.
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") query.append(name, value);
    startTransition(() => router.push(`${action}?${query}`));
  }
  return (
    <form action={action} method="get" role="search" className="flex gap-2" onSubmit={submit} aria-busy={pending || undefined}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input id={id} name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} autoComplete="off" />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary">
        {pending ? <Loader2 aria-hidden data-pending className="h-4 w-4 animate-spin" /> : <Search aria-hidden className="h-4 w-4" />}
        Search
      </Button>
    </form>
  );
}
