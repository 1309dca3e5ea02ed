import { slotPart } from "@/components/ui/slot-part";

const Card = slotPart(
  "div",
  "card",
  "flex flex-col gap-5 rounded-xl border bg-card py-5 text-card-foreground shadow-xs",
);
const CardHeader = slotPart("div", "card-header", "flex flex-col gap-1.5 px-5");
const CardTitle = slotPart("div", "card-title", "text-base font-semibold leading-tight");
const CardDescription = slotPart("div", "card-description", "text-sm text-muted-foreground");
const CardContent = slotPart("div", "card-content", "px-5");
const CardFooter = slotPart("div", "card-footer", "flex items-center gap-2 px-5");

export { Card, CardHeader, CardTitle, CardDescription, CardContent, CardFooter };
