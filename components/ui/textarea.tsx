import { slotPart } from "@/components/ui/slot-part";
import { textControlClassName } from "@/components/ui/input";

const Textarea = slotPart("textarea", "textarea", `${textControlClassName} min-h-20 py-2`);

export { Textarea };
