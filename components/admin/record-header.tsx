import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { PageHeader } from "@/components/shell/page-header";
import { ActiveToggle } from "@/components/admin/active-toggle";
import { ActiveBadge } from "@/components/admin/status-badge";

/**
 * The heading of a catalogue record's page (clinic, service, provider): its name, whether it is active and what
 * keeps it from being deleted (`children`), and the Deactivate / Reactivate button.
 */
export function RecordHeader({ record, what, action, children }: {
  record: { id: string; name: string; active: boolean };
  /** "clinic", "service": for the toggle's confirmation. */
  what: string;
  action: (input: { id: string; active: boolean }) => Promise<ActionResult<{ id: string }>>;
  children: ReactNode;
}) {
  return (
    <PageHeader
      title={record.name}
      description={
        <span className="inline-flex flex-wrap items-center gap-2">
          <ActiveBadge active={record.active} />
          {children}
        </span>
      }
      actions={<ActiveToggle id={record.id} active={record.active} what={what} action={action} />}
    />
  );
}
