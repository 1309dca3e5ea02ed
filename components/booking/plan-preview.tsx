"use client";

import { useState } from "react";
import { AlertTriangle, ArrowRightLeft, Loader2, Trash2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PreviewSession, UnplacedPreview } from "@/lib/booking/types";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  sessions: PreviewSession[];
  unplaced: UnplacedPreview[];
  fitWarning: string | null;
  onRemove: (index: number) => void;
  onMove: (index: number, to: PreviewSession) => void;
  loadAlternatives: (index: number) => Promise<ActionResult<PreviewSession[]>>;
  /** A session the server refused on Confirm (taken meanwhile): its row is marked. */
  flagged?: number | null;
  disabled?: boolean;
};

/** The proposed sessions, in each clinic's local time, with Remove and Move per session. */
export function PlanPreview({ sessions, unplaced, fitWarning, onRemove, onMove, loadAlternatives, flagged = null, disabled }: Props) {
  return (
    <section aria-labelledby="plan-preview-heading" className="grid gap-3">
      <h3 id="plan-preview-heading" className="text-sm font-semibold">
        Proposed sessions <span className="font-normal text-muted-foreground">({sessions.length})</span>
      </h3>
      {fitWarning && (
        <Alert variant="warning">
          <AlertTriangle aria-hidden />
          <AlertTitle>Not everything fits before expiry</AlertTitle>
          <AlertDescription>{fitWarning}</AlertDescription>
        </Alert>
      )}
      {sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed px-3 py-4 text-sm text-muted-foreground">
          No sessions in the plan. Run Auto Schedule again to get a new proposal.
        </p>
      ) : (
        <div className="rounded-lg border">
          <Table>
            <caption className="sr-only">Proposed sessions, times in each clinic&apos;s local time</caption>
            <TableHeader>
              <TableRow>
                <TableHead className="w-8">#</TableHead>
                <TableHead>When (clinic time)</TableHead>
                <TableHead>Service</TableHead>
                <TableHead>Provider</TableHead>
                <TableHead>Clinic</TableHead>
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.map((s, index) => (
                <TableRow key={`${s.serviceId}-${s.providerId}-${s.start}`} className={index === flagged ? "bg-destructive/10 hover:bg-destructive/15" : undefined}>
                  <TableCell className="tabular-nums text-muted-foreground">{index + 1}</TableCell>
                  <TableCell className="tabular-nums">
                    <div className="font-medium">{s.dateLabel}</div>
                    <div className="text-muted-foreground">{s.timeLabel}</div>
                    {index === flagged && <div className="font-medium text-destructive">No longer available</div>}
                  </TableCell>
                  <TableCell>{s.serviceName}</TableCell>
                  <TableCell>{s.providerName}</TableCell>
                  <TableCell className="max-w-44 text-muted-foreground">{s.clinicName}</TableCell>
                  <TableCell>
                    <div className="flex justify-end gap-1">
                      <MoveButton
                        session={s}
                        number={index + 1}
                        disabled={disabled}
                        load={() => loadAlternatives(index)}
                        onPick={(to) => onMove(index, to)}
                      />
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        disabled={disabled}
                        onClick={() => onRemove(index)}
                        aria-label={`Remove session ${index + 1}: ${s.serviceName}, ${s.dateLabel} ${s.timeLabel}`}
                      >
                        <Trash2 aria-hidden />
                        Remove
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {unplaced.length > 0 && (
        <div className="grid gap-1.5 rounded-lg border border-warning/30 bg-warning/5 px-4 py-3 text-sm" role="status">
          <p className="font-medium text-warning">Could not be placed</p>
          <ul className="grid gap-1">
            {unplaced.map((u) => (
              <li key={u.serviceId}>
                <span className="font-medium">
                  {u.count} × {u.serviceName}
                </span>
                : {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

type Alternatives = { status: "loading" } | { status: "done"; slots: PreviewSession[] } | { status: "error"; message: string };

function MoveButton({
  session,
  number,
  disabled,
  load,
  onPick,
}: {
  session: PreviewSession;
  number: number;
  disabled?: boolean;
  load: () => Promise<ActionResult<PreviewSession[]>>;
  onPick: (to: PreviewSession) => void;
}) {
  const [open, setOpen] = useState(false);
  const [alternatives, setAlternatives] = useState<Alternatives>({ status: "loading" });

  const onOpenChange = async (next: boolean) => {
    setOpen(next);
    if (!next) return;
    setAlternatives({ status: "loading" });
    const result = await load();
    setAlternatives(result.ok ? { status: "done", slots: result.data } : { status: "error", message: result.error.message });
  };

  const label = `Session ${number}: ${session.serviceName}, ${session.dateLabel} ${session.timeLabel}`;
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger asChild>
        <Button type="button" variant="outline" size="sm" disabled={disabled} aria-label={`Move session ${number}: ${session.serviceName}, ${session.dateLabel} ${session.timeLabel}`}>
          <ArrowRightLeft aria-hidden />
          Move
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-96 p-0" aria-label={`Other times for ${label}`}>
        <div className="border-b px-3 py-2 text-sm">
          <p className="font-medium">Move to another time</p>
          <p className="text-muted-foreground">
            {session.serviceName} · now {session.dateLabel}, {session.timeLabel}
          </p>
        </div>
        {alternatives.status === "loading" ? (
          <p className="flex items-center justify-center gap-2 px-3 py-6 text-sm text-muted-foreground" role="status">
            <Loader2 aria-hidden className="size-4 animate-spin" /> Finding other times…
          </p>
        ) : alternatives.status === "error" ? (
          <p className="px-3 py-6 text-center text-sm text-destructive" role="alert">
            {alternatives.message}
          </p>
        ) : (
          <Command label="Alternative times">
            <CommandList label="Alternative times" className="max-h-72">
              <CommandEmpty>No other time fits with the rest of the plan.</CommandEmpty>
              {alternatives.slots.map((slot) => (
                <CommandItem
                  key={`${slot.providerId}-${slot.clinicId}-${slot.start}`}
                  value={`${slot.providerId}-${slot.clinicId}-${slot.start}`}
                  aria-label={`${slot.dateLabel} at ${slot.timeLabel} with ${slot.providerName}${slot.clinicId !== session.clinicId ? `, ${slot.clinicName}` : ""}`}
                  onSelect={() => {
                    onPick(slot);
                    setOpen(false);
                  }}
                  className="justify-between gap-3"
                >
                  <span className="tabular-nums">
                    <span className="font-medium">{slot.dateLabel}</span> {slot.timeLabel}
                  </span>
                  <span className="truncate text-xs text-muted-foreground">
                    {slot.providerName}
                    {slot.clinicId !== session.clinicId && ` · ${slot.clinicName}`}
                  </span>
                </CommandItem>
              ))}
            </CommandList>
          </Command>
        )}
      </PopoverContent>
    </Popover>
  );
}
