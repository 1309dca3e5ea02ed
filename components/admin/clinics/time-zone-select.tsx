"use client";

import { useMemo, useState } from "react";
import { Check, ChevronsUpDown } from "lucide-react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { ComboboxPopover } from "@/components/ui/combobox-popover";
import { cn } from "@/lib/utils";

function offsetOf(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** A searchable list of IANA zones (type "lon" for Europe/London), keyboard usable, with the current UTC offset. */
export function TimeZoneSelect({ id, value, onChange, invalid, describedBy }: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [open, setOpen] = useState(false);
  const zones = useMemo(() => {
    const now = new Date();
    return Intl.supportedValuesOf("timeZone").map((zone) => ({ zone, offset: offsetOf(zone, now) }));
  }, []);
  return (
    <ComboboxPopover
      open={open}
      onOpenChange={setOpen}
      label="Time zones"
      className="min-w-72"
      trigger={{
        id,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy,
        className: cn(!value && "text-muted-foreground", invalid && "border-destructive"),
      }}
      shows={
        <>
          {value || "Choose a time zone"}
          <ChevronsUpDown aria-hidden className="opacity-50" />
        </>
      }
    >
      <Command>
        <CommandInput placeholder="Search, e.g. London or New_York" aria-label="Search time zones" />
        <CommandList>
          <CommandEmpty>No time zone matches.</CommandEmpty>
          <CommandGroup>
            {zones.map(({ zone, offset }) => (
              <CommandItem
                key={zone}
                value={zone}
                keywords={[zone.replace(/_/g, " ")]}
                onSelect={() => {
                  onChange(zone);
                  setOpen(false);
                }}
              >
                <Check aria-hidden className={cn(zone === value ? "opacity-100" : "opacity-0")} />
                <span className="flex-1">{zone.replace(/_/g, " ")}</span>
                <span className="text-xs text-muted-foreground tabular-nums">{offset}</span>
              </CommandItem>
            ))}
          </CommandGroup>
        </CommandList>
      </Command>
    </ComboboxPopover>
  );
}
