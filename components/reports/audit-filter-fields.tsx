import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const selectClass = "h-9 max-w-56 rounded-md border border-input bg-card px-3 text-sm focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring/40";

/** Who, what and which record: the audit viewer's fields inside the shared report filter form. */
export function AuditFilterFields({
  actors,
  actions,
  types,
  value,
}: {
  actors: readonly { id: string; name: string }[];
  actions: readonly string[];
  types: readonly string[];
  value: { actorId: string | null; action: string | null; entityType: string | null; entityId: string | null };
}) {
  return (
    <>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-actor">Who</Label>
        <select id="audit-actor" name="actor" defaultValue={value.actorId ?? ""} className={selectClass}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-action">Action</Label>
        <select id="audit-action" name="action" defaultValue={value.action ?? ""} className={selectClass}>
          <option value="">Any action</option>
          {value.action && !actions.includes(value.action) && <option value={value.action}>{value.action}</option>}
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-type">Record type</Label>
        <select id="audit-type" name="type" defaultValue={value.entityType ?? ""} className={selectClass}>
          <option value="">Any record</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-id">Record id</Label>
        <Input id="audit-id" name="id" defaultValue={value.entityId ?? ""} maxLength={64} className="w-44" />
      </div>
    </>
  );
}
