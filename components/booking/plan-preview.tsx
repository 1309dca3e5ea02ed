"use client";

import { useEffect, useRef } from "react";
import { AlertTriangle, Trash2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { MoveAlternatives, PreviewSession, UnplacedPreview } from "@/lib/booking/types";
import type { ActionResult } from "@/lib/action-result";
import { MoveButton } from "./move-list";

type Props = {
  sessions: PreviewSession[];
  unplaced: UnplacedPreview[];
  fitWarning: string | null;
  onRemove: (index: number) => void;
  onMove: (index: number, to: PreviewSession) => void;
  loadAlternatives: (index: number, from?: string) => Promise<ActionResult<MoveAlternatives>>;
  /** A session the server refused on Confirm (taken meanwhile): its row is marked. */
  flagged?: number | null;
  disabled?: boolean;
};

/** The proposed sessions, in each clinic's local time, with Remove and Move per session. */
export function PlanPreview({ sessions, unplaced, fitWarning, onRemove, onMove, loadAlternatives, flagged = null, disabled }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a Move or Remove the rows change under the focus: put it on the moved session's Move button, or on the
  // heading after a Remove, so the keyboard user carries on from where they were.
  const focusAfter = useRef<string | null>(null);
  const setFocusAfter = (key: string) => {
    focusAfter.current = key;
  };
  useEffect(() => {
    const key = focusAfter.current;
    if (key === null) return;
    focusAfter.current = null;
    const buttons = document.querySelectorAll<HTMLElement>(`[data-session-key="${CSS.escape(key)}"] [data-move-session]`);
    const visible = [...buttons].find((b) => b.offsetParent !== null);
    (visible ?? headingRef.current)?.focus();
  }, [sessions]);

  const actions = (s: PreviewSession, index: number) => (
    <>
      <MoveButton
        session={s}
        number={index + 1}
        disabled={disabled}
        load={(from) => loadAlternatives(index, from)}
        onPick={(to) => {
          onMove(index, to);
          setFocusAfter(keyOf(to));
        }}
      />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={disabled}
        onClick={() => {
          onRemove(index);
          setFocusAfter("");
        }}
        aria-label={`Remove session ${index + 1}: ${s.serviceName}, ${s.dateLabel} ${s.timeLabel}`}
      >
        <Trash2 aria-hidden />
        Remove
      </Button>
    </>
  );

  return (
    <section aria-labelledby="plan-preview-heading" className="grid gap-3">
      <h3 id="plan-preview-heading" ref={headingRef} tabIndex={-1} className="text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-ring">
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
        <>
          {/* Phone and small tablet: one card per session, nothing scrolls sideways. */}
          <ol className="grid gap-2 md:hidden" aria-label="Proposed sessions, times in each clinic's local time">
            {sessions.map((s, index) => (
              <li
                key={keyOf(s)}
                data-session-key={keyOf(s)}
                className={`grid gap-1 rounded-lg border px-3 py-2.5 text-sm ${index === flagged ? "border-destructive/50 bg-destructive/10" : ""}`}
              >
                <p className="tabular-nums">
                  <span className="text-muted-foreground">{index + 1}. </span>
                  <span className="font-medium">{s.dateLabel}</span> · {s.timeLabel}
                </p>
                <p>
                  {s.serviceName} · {s.providerName}
                </p>
                <p className="text-muted-foreground">{s.clinicName}</p>
                {index === flagged && <p className="font-medium text-destructive">No longer available</p>}
                <div className="mt-1 flex gap-2">{actions(s, index)}</div>
              </li>
            ))}
          </ol>
          <div className="hidden rounded-lg border md:block">
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
                  <TableRow key={keyOf(s)} data-session-key={keyOf(s)} className={index === flagged ? "bg-destructive/10 hover:bg-destructive/15" : undefined}>
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
                      <div className="flex justify-end gap-1">{actions(s, index)}</div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
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

const keyOf = (s: PreviewSession) => `${s.serviceId}-${s.providerId}-${s.start}`;
