"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the print stylesheet hides navigation and filters. */
export function PrintButton() {
  return (
    <Button type="button" variant="outline" onClick={() => window.print()}>
      Print
    </Button>
  );
}
