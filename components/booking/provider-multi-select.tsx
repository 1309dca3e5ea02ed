"use client";

import { useState } from "react";
import { Check, ChevronsUpDown, History, X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandSeparator } from "@/components/ui/command";
import { ComboboxPopover } from "@/components/ui/combobox-popover";
import { cn } from "@/lib/utils";
import type { ProviderOption } from "@/lib/booking/types";

type Props = {
  id: string;
  providers: ProviderOption[];
  value: string[];
  onChange: (providerIds: string[]) => void;
  disabled?: boolean;
  "aria-describedby"?: string;
};

/**
 * Several providers at once: a searchable list with checkboxes in a popover, the selection shown as removable
 * badges under the trigger. The trigger takes `id` so a Field label names it.
 */
export function ProviderMultiSelect({ id, providers, value, onChange, disabled, ...aria }: Props) {
  const [open, setOpen] = useState(false);
  const selected = new Set(value);
  const chosen = providers.filter((p) => selected.has(p.id));
  const allSelected = providers.length > 0 && chosen.length === providers.length;

  const toggle = (providerId: string) =>
    onChange(selected.has(providerId) ? value.filter((v) => v !== providerId) : [...value, providerId]);
  const toggleAll = () => onChange(allSelected ? [] : providers.map((p) => p.id));

  const summary =
    providers.length === 0
      ? "No eligible providers"
      : chosen.length === 0
        ? "Choose providers"
        : allSelected
          ? providers.length === 1
            ? providers[0].name
            : `All ${providers.length} providers`
          : `${chosen.length} of ${providers.length} providers selected`;

  return (
    <div className="grid gap-2">
      <ComboboxPopover
        open={open}
        onOpenChange={setOpen}
        label="Providers"
        className="min-w-80"
        trigger={{ id, "aria-haspopup": "listbox", "aria-describedby": aria["aria-describedby"], disabled: disabled || providers.length === 0 }}
        shows={
          <>
            <span className={cn(chosen.length === 0 && "text-muted-foreground")}>{summary}</span>
            <ChevronsUpDown aria-hidden className="text-muted-foreground" />
          </>
        }
      >
        <Command label="Search providers">
          <CommandInput aria-label="Search providers" placeholder="Search providers" />
          <CommandList label="Providers" aria-multiselectable="true">
            <CommandEmpty>No provider matches.</CommandEmpty>
            <CommandGroup>
              <CommandItem value="__all__" keywords={["select all"]} onSelect={toggleAll} aria-checked={allSelected}>
                <CheckMark checked={allSelected} />
                {allSelected ? "Clear all" : "Select all"}
              </CommandItem>
            </CommandGroup>
            <CommandSeparator />
            <CommandGroup>
              {providers.map((p) => {
                const checked = selected.has(p.id);
                return (
                  <CommandItem
                    key={p.id}
                    value={p.id}
                    keywords={[p.name, p.title ?? "", ...p.serviceNames]}
                    onSelect={() => toggle(p.id)}
                    aria-checked={checked}
                    className="items-start"
                  >
                    <CheckMark checked={checked} />
                    <span className="grid gap-0.5">
                      <span className="flex items-center gap-2 font-medium">
                        {p.name}
                        {p.previous && (
                          <span className="inline-flex items-center gap-1 text-xs font-normal text-muted-foreground">
                            <History aria-hidden className="size-3" /> seen before
                          </span>
                        )}
                      </span>
                      <span className="text-xs text-muted-foreground">
                        {[p.title, p.serviceNames.join(", ")].filter(Boolean).join(" · ")}
                      </span>
                    </span>
                  </CommandItem>
                );
              })}
            </CommandGroup>
          </CommandList>
        </Command>
      </ComboboxPopover>
      {chosen.length > 0 && (
        <ul aria-label="Selected providers" className="flex flex-wrap gap-1.5">
          {chosen.map((p) => (
            <li key={p.id}>
              <Badge variant="secondary" className="gap-1 py-0.5 pl-2 pr-0.5 text-[13px]">
                {p.name}
                <button
                  type="button"
                  onClick={() => toggle(p.id)}
                  disabled={disabled}
                  aria-label={`Remove ${p.name}`}
                  className="inline-flex size-5 items-center justify-center rounded-sm text-muted-foreground hover:bg-background hover:text-foreground focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <X aria-hidden className="size-3" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CheckMark({ checked }: { checked: boolean }) {
  return (
    <span
      aria-hidden
      className={cn(
        "mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-[4px] border border-input",
        checked && "border-primary bg-primary text-primary-foreground",
      )}
    >
      {checked && <Check className="size-3" />}
    </span>
  );
}
