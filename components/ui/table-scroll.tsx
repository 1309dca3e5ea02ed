"use client";

import * as React from "react";

/**
 * The scroll container of every table. When the table is wider than its room (a phone, a tablet) it scrolls sideways
 * inside this box, which then becomes a named, focusable region so the keyboard can scroll it too (axe
 * scrollable-region-focusable); while the table fits it stays a plain box with no extra tab stop.
 */
export function TableScroll({ label, children }: { label?: string; children: React.ReactNode }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const [name, setName] = React.useState<string | null>(null);
  React.useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => setName(box.scrollWidth > box.clientWidth + 1 ? (label ?? tableName(box)) : null);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [label]);
  return (
    <div
      ref={ref}
      data-slot="table-container"
      className="relative w-full overflow-x-auto"
      {...(name ? { role: "region", tabIndex: 0, "aria-label": name } : {})}
    >
      {children}
    </div>
  );
}

// A card's title is a heading for the eye even where it is a div.
const HEADING = "h1, h2, h3, h4, [data-slot=card-title]";

/**
 * The table's caption or label, else the title of the section it sits in (the nearest heading before it), marked
 * "(table)" so the scroll region never shares a name with the section landmark around it (axe landmark-unique).
 */
function tableName(box: HTMLElement): string {
  const table = box.querySelector("table");
  const own = table?.caption?.textContent?.trim() || table?.getAttribute("aria-label")?.trim();
  if (own) return `${own} (table)`;
  for (let node: Element | null = box; node && node !== document.body; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const headings = sibling.matches(HEADING) ? [sibling] : [...sibling.querySelectorAll(HEADING)];
      const text = headings.at(-1)?.textContent?.trim();
      if (text) return `${text} (table)`;
    }
  }
  return "Table";
}
