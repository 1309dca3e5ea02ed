import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormTextField } from "@/components/admin/bound-fields";

/** A titled card: one part of a long admin form (opening hours, closures, …). */
export function Section({ title, description, className, children }: { title: string; description?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">
          <h2>{title}</h2>
        </CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent className={className}>{children}</CardContent>
    </Card>
  );
}

/** The untitled first card of a long admin form: the record's name with one field beside it, then its other basics. */
export function NameCard({ nameError, beside, children }: { nameError?: string; beside: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardContent className="grid gap-5 pt-6">
        <div className="grid items-start gap-5 sm:grid-cols-2">
          <FormTextField name="name" label="Name" error={nameError} autoComplete="off" />
          {beside}
        </div>
        {children}
      </CardContent>
    </Card>
  );
}
