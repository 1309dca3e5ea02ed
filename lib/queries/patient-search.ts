import type { Prisma } from "@/lib/generated/prisma/client";

/** Every word must match somewhere (name, patient number, email, phone): "ann smi" finds Anna Smith. */
export function patientSearchWhere(q: string): Prisma.PatientWhereInput {
  const terms = q.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (terms.length === 0) return { active: true };
  return {
    active: true,
    AND: terms.map((term) => ({
      OR: [
        { firstName: { contains: term, mode: "insensitive" as const } },
        { lastName: { contains: term, mode: "insensitive" as const } },
        { identifier: { contains: term, mode: "insensitive" as const } },
        { email: { contains: term, mode: "insensitive" as const } },
        { phone: { contains: term } },
      ],
    })),
  };
}
