import * as React from "react";
import { Slot } from "@radix-ui/react-slot";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/** Ids Field gives its hint and error, for wiring controls Field cannot reach (e.g. a SelectTrigger). */
function fieldIds(htmlFor: string) {
  return { hintId: `${htmlFor}-hint`, errorId: `${htmlFor}-error` };
}

type FieldProps = {
  label: React.ReactNode;
  htmlFor: string;
  error?: React.ReactNode;
  hint?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
};

// A single child element gets id, aria-describedby and aria-invalid; anything else is rendered as-is.
function Field({ label, htmlFor, error, hint, className, children }: FieldProps) {
  const { hintId, errorId } = fieldIds(htmlFor);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const control =
    React.Children.count(children) === 1 && React.isValidElement(children) ? (
      <Slot id={htmlFor} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {children}
      </Slot>
    ) : (
      children
    );

  return (
    <div data-slot="field" data-invalid={error ? true : undefined} className={cn("grid min-w-0 gap-1.5", className)}>
      <Label htmlFor={htmlFor}>{label}</Label>
      {control}
      {hint ? (
        <p id={hintId} data-slot="field-hint" className="text-[13px] text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} data-slot="field-error" role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { Field, fieldIds };
