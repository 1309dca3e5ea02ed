export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "STAFF";
  /** Clinics this user may act in; admins act in every clinic. */
  clinicIds: string[];
  /** "h12" / "h23", or null to follow each clinic's locale (lib/format.ts). Optional so callers built by hand need not say. */
  hourCycle?: "h12" | "h23" | null;
};
