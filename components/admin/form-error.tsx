import { Alert, AlertDescription } from "@/components/ui/alert";

/** The form's top-level error: something not tied to one field (a conflict, a lost session, a server error). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
