// Readable audit entries: "Package assigned to Dane Abbott" instead of "purchase.assigned PackagePurchase cmxc88x2".
// Actions other features add later still read sensibly ("Clinic: time off added") until they get a label here.

const VERBS: Record<string, string> = {
  "purchase.assigned": "Package assigned to",
  "purchase.expired": "Package expired for",
  "purchase.expiry_extended": "Package expiry extended for",
  "purchase.completed": "Package completed by",
  "purchase.cancelled": "Package cancelled for",
  "batch.confirmed": "Course booked for",
  "appointment.booked": "Appointment booked for",
  "appointment.rescheduled": "Appointment rescheduled for",
  "appointment.cancelled": "Appointment cancelled for",
  "appointment.checked_in": "Checked in",
  "appointment.completed": "Appointment completed for",
  "appointment.no_show": "No-show recorded for",
  "patient.viewed": "Viewed the record of",
  "patient.course_exported": "Course calendar exported for",
  "patient.created": "Patient created:",
  "patient.updated": "Patient updated:",
  "patient.deactivated": "Patient deactivated:",
  "patient.reactivated": "Patient reactivated:",
  "clinic.created": "Clinic created:",
  "clinic.updated": "Clinic updated:",
  "clinic.deactivated": "Clinic deactivated:",
  "clinic.reactivated": "Clinic reactivated:",
  "clinic.region_updated": "Clinic language or currency changed:",
  "service.created": "Service created:",
  "service.updated": "Service updated:",
  "service.deactivated": "Service deactivated:",
  "service.reactivated": "Service reactivated:",
  "provider.created": "Provider created:",
  "provider.updated": "Provider updated:",
  "provider.deactivated": "Provider deactivated:",
  "provider.reactivated": "Provider reactivated:",
  "package.created": "Package template created:",
  "package.updated": "Package template updated:",
  "package.deactivated": "Package template deactivated:",
  "package.deleted": "Package template deleted:",
  "staff.created": "Staff account created:",
  "staff.updated": "Staff account updated:",
  "staff.deactivated": "Staff account deactivated:",
  "staff.reactivated": "Staff account reactivated:",
  "staff.password_reset": "Password reset for",
};

/** The actions the viewer offers as a filter (anything else can still be typed into the URL). */
export const KNOWN_AUDIT_ACTIONS = Object.keys(VERBS).sort();

export const AUDIT_RECORD_TYPES = ["Appointment", "BookingBatch", "Clinic", "Package", "PackagePurchase", "Patient", "Provider", "Service", "User"] as const;

const TYPE_NAMES: Record<string, string> = { PackagePurchase: "package", BookingBatch: "booking", User: "staff account", Package: "package template" };

function fallbackVerb(action: string): string {
  const [area, ...rest] = action.split(".");
  const what = rest.join(" ").replace(/_/g, " ");
  const head = area ? area.charAt(0).toUpperCase() + area.slice(1) : "Change";
  return what ? `${head}: ${what}` : head;
}

/** The sentence for one entry; `subject` is the record's name when it still exists, else its type and short id. */
export function auditLabel(e: { action: string; entityType: string; entityId: string; subject: string | null }): string {
  const subject = e.subject ?? `${TYPE_NAMES[e.entityType] ?? e.entityType.toLowerCase()} ${e.entityId.slice(0, 8)}`;
  const verb = VERBS[e.action];
  return verb ? `${verb} ${subject}` : `${fallbackVerb(e.action)} — ${subject}`;
}

/** Where the record lives in the app, if it has a page. */
export function auditHref(e: { entityType: string; entityId: string; patientId: string | null }): string | null {
  switch (e.entityType) {
    case "Patient":
      return `/patients/${e.entityId}`;
    case "PackagePurchase":
    case "Appointment":
    case "BookingBatch":
      return e.patientId ? `/patients/${e.patientId}` : null;
    case "Clinic":
      return `/admin/clinics/${e.entityId}`;
    case "Service":
      return `/admin/services/${e.entityId}`;
    case "Provider":
      return `/admin/providers/${e.entityId}`;
    case "Package":
      return `/admin/packages/${e.entityId}`;
    case "User":
      return `/admin/staff/${e.entityId}`;
    default:
      return null;
  }
}
