import type { ReactNode } from "react";
import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** Something the user asked for did not happen: what did not (the title, when there is one) and why. */
function FailureAlert({ title, children }: { title?: ReactNode; children: ReactNode }) {
  return (
    <Alert variant="destructive">
      <AlertCircle aria-hidden />
      {title && <AlertTitle>{title}</AlertTitle>}
      <AlertDescription>{children}</AlertDescription>
    </Alert>
  );
}

export { FailureAlert };
