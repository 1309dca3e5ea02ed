import { Badge } from "@/components/ui/badge";

/** A service as staff scan for it in a list: its colour, its name, and whether the visit comes from a package. */
export function ServiceLabel({ service, fromPackage }: { service: { name: string; colour: string }; fromPackage: boolean }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: service.colour }} />
      {service.name}
      {fromPackage && <Badge variant="outline">Package</Badge>}
    </span>
  );
}
