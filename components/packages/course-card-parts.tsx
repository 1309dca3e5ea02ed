import type { ReactNode } from "react";
import { CardHeader, CardTitle } from "@/components/ui/card";

/** A course card's header: the package name as the region's heading, its status badge, then `children` below. */
export function CourseCardHeader({ titleId, title, badge, children }: { titleId: string; title: string; badge: ReactNode; children: ReactNode }) {
  return (
    <CardHeader className="pb-3">
      <div className="flex items-start justify-between gap-2">
        <CardTitle className="text-base">
          <h3 id={titleId}>{title}</h3>
        </CardTitle>
        {badge}
      </div>
      {children}
    </CardHeader>
  );
}

export type ServiceSessions = { id: string; serviceName: string; remaining: number; total: number; detail?: string };

/** "Physio — 3 of 6 left" per service; `word` says what the remainder is now (left, lapsed, unused). */
export function SessionsPerService({ packageName, items, word }: { packageName: string; items: ServiceSessions[]; word: string }) {
  return (
    <ul aria-label={`Sessions per service of ${packageName}`} className="grid gap-1.5 text-sm">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
          <span className="font-medium">{item.serviceName}</span>
          <span className="tabular-nums text-muted-foreground">
            <span className="font-semibold text-foreground">{item.remaining}</span> of {item.total} {word}
            {item.detail}
          </span>
        </li>
      ))}
    </ul>
  );
}
