import { Input } from "@/components/ui/input";
import { FilterField, FilterSelect } from "@/components/reports/filter-field";

const asOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

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
  // An action in the URL that no longer appears in the log stays selectable, so the form shows what is filtered.
  const actionChoices = value.action && !actions.includes(value.action) ? [value.action, ...actions] : actions;
  const selects = [
    { id: "audit-actor", name: "actor", label: "Who", defaultValue: value.actorId, anyLabel: "Anyone", options: actors.map((a) => ({ value: a.id, label: a.name })) },
    { id: "audit-action", name: "action", label: "Action", defaultValue: value.action, anyLabel: "Any action", options: asOptions(actionChoices) },
    { id: "audit-type", name: "type", label: "Record type", defaultValue: value.entityType, anyLabel: "Any record", options: asOptions(types) },
  ];
  return (
    <>
      {selects.map((select) => (
        <FilterSelect key={select.id} {...select} className="max-w-56" />
      ))}
      <FilterField id="audit-id" label="Record id">
        <Input id="audit-id" name="id" defaultValue={value.entityId ?? ""} maxLength={64} className="w-44" />
      </FilterField>
    </>
  );
}
