import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The purchases (courses) a user with these clinics may see in full and act on: a course belongs to the clinics
 * of its appointments (any status) and to its package's default clinic. A course that has neither (never booked,
 * no default clinic) belongs to no clinic yet, so every desk may start it. Admins carry every clinic's id, so
 * nothing is outside their scope. Everything else is another clinic's course: at most a read-only summary.
 */
export function purchaseInClinicsWhere(clinicIds: readonly string[]): Prisma.PackagePurchaseWhereInput {
  const ids = [...clinicIds];
  return {
    OR: [
      { appointments: { some: { clinicId: { in: ids } } } },
      // `not: null` keeps the condition two-valued: NULL IN (…) is NULL, and NOT NULL would hide a course from both lists.
      { package: { defaultClinicId: { not: null, in: ids } } },
      { appointments: { none: {} }, package: { defaultClinicId: null } },
    ],
  };
}

/** The complement of purchaseInClinicsWhere: another clinic's courses. */
export function purchaseOutsideClinicsWhere(clinicIds: readonly string[]): Prisma.PackagePurchaseWhereInput {
  return { NOT: purchaseInClinicsWhere(clinicIds) };
}
