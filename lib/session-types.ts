export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "STAFF";
  /** Clinics this user may act in; admins act in every clinic. */
  clinicIds: string[];
};
