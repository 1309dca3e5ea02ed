import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";

export function FormActions({ pending, submitLabel, cancelHref }: { pending: boolean; submitLabel: string; cancelHref: string }) {
  return (
    <div className="flex items-center gap-2 border-t pt-4">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
      <Link href={cancelHref} className={buttonVariants({ variant: "ghost" })}>
        Cancel
      </Link>
    </div>
  );
}
