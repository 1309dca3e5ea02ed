import type { CSSProperties } from "react";
import { blockPosition, type Across, type Span } from "@/lib/calendar/layout";

/**
 * Where a block or a "+N more" button sits in its day column: down by its times on the grid's `axis`, across by its
 * share of the column, inset `leftPx` on the left and 2px on the right and bottom so neighbours stay apart, and
 * never shorter than `minHeightPx` (a five-minute appointment must still be clickable).
 */
export function columnBox(span: Span, axis: Span, across: Across, { leftPx, minHeightPx }: { leftPx: number; minHeightPx: number }): CSSProperties {
  const { topPct, heightPct } = blockPosition(span, axis);
  return {
    top: `${topPct}%`,
    height: `calc(${heightPct}% - 2px)`,
    minHeight: `${minHeightPx}px`,
    left: `calc(${across.left * 100}% + ${leftPx}px)`,
    width: `calc(${across.width * 100}% - ${leftPx + 2}px)`,
  };
}
