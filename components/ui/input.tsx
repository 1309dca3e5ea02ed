import { slotPart } from "@/components/ui/slot-part";

// The box, text and focus, disabled and invalid states every typed-into control shares (Input, Textarea).
const textControlClassName =
  "flex w-full rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs transition-colors placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60 aria-invalid:border-destructive aria-invalid:ring-destructive/20";

const Input = slotPart(
  "input",
  "input",
  `${textControlClassName} h-9 min-w-0 py-1 file:border-0 file:bg-transparent file:text-sm file:font-medium`,
);

export { Input, textControlClassName };
