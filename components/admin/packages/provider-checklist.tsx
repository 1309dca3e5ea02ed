"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Button } from "@/components/ui/button";

type Provider = { id: string; name: string; title: string | null; active: boolean };

/** The package's provider restriction: none ticked means any qualified provider may deliver it. */
export function ProviderChecklist({ providers, selected, onChange, error, hasServices }: {
  providers: Provider[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  hasServices: boolean;
}) {
  const [filter, setFilter] = useState("");
  const visible = providers.filter((p) => (p.active || selected.includes(p.id)) && p.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Providers</CardTitle>
        <CardDescription>
          {selected.length === 0
            ? "Any provider qualified for the package's services may deliver it. Tick providers to restrict it to them."
            : `Restricted to ${selected.length} provider${selected.length === 1 ? "" : "s"}.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {!hasServices ? (
          <p className="text-sm text-muted-foreground">Add a service first: the list shows providers qualified for it.</p>
        ) : providers.length === 0 ? (
          <p className="text-sm text-muted-foreground">No provider is qualified for these services yet.</p>
        ) : (
          <>
            <div className="flex items-center gap-2">
              {providers.length > 8 && (
                <>
                  <Label htmlFor="provider-filter" className="sr-only">
                    Filter providers
                  </Label>
                  <Input
                    id="provider-filter"
                    type="search"
                    className="max-w-xs"
                    placeholder="Filter by name"
                    value={filter}
                    onChange={(e) => setFilter(e.target.value)}
                  />
                </>
              )}
              {selected.length > 0 && (
                <Button type="button" variant="ghost" size="sm" onClick={() => onChange([])}>
                  Clear restriction
                </Button>
              )}
            </div>
            <fieldset aria-describedby={error ? "providerIds-error" : undefined}>
              <legend className="sr-only">Providers allowed to deliver this package</legend>
              <div className="grid max-h-72 gap-2 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
                {visible.map((p) => (
                  <div key={p.id} className="flex items-center gap-2">
                    <Checkbox id={`provider-${p.id}`} checked={selected.includes(p.id)} onCheckedChange={(c) => toggle(p.id, c === true)} />
                    <Label htmlFor={`provider-${p.id}`} className="font-normal">
                      <span>
                        {p.name}
                        {p.title && <span className="text-muted-foreground"> · {p.title}</span>}
                      </span>
                    </Label>
                  </div>
                ))}
              </div>
            </fieldset>
          </>
        )}
        {error && (
          <p id="providerIds-error" role="alert" className="text-[13px] font-medium text-destructive">
            {error}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
