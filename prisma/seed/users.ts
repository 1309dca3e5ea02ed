// Demo sign-ins. The start script prints DEMO_LOGINS so whoever opens the app can sign in straight away.
import bcrypt from "bcryptjs";
import type { Prisma } from "@/lib/generated/prisma/client";
import { establishedAt, type Catalogue, type ClinicKey } from "./catalogue";
import type { SeedRandom } from "./random";

export type DemoRole = "ADMIN" | "STAFF";

export interface DemoLogin {
  email: string;
  password: string;
  role: DemoRole;
  description: string;
}

interface DemoUser extends DemoLogin {
  key: "admin" | "reception" | "frontdeskNy";
  name: string;
  clinics: ClinicKey[];
}

const DEMO_USERS: readonly DemoUser[] = [
  {
    key: "admin",
    email: "admin@cadence.test",
    password: "cadence-admin",
    role: "ADMIN",
    name: "Morgan Ellis",
    clinics: [],
    description: "Administrator: every clinic, the admin area, reports and the audit log",
  },
  {
    key: "reception",
    email: "reception@cadence.test",
    password: "cadence-staff",
    role: "STAFF",
    name: "Jess Taylor",
    clinics: ["londonBridge", "manchester"],
    description: "Front desk: Cadence Physio — London Bridge and Manchester",
  },
  {
    key: "frontdeskNy",
    email: "frontdesk.ny@cadence.test",
    password: "cadence-staff",
    role: "STAFF",
    name: "Maria Lopez",
    clinics: ["newYork"],
    description: "Front desk: Cadence Clinic — New York",
  },
];

export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_USERS.map(({ email, password, role, description }) => ({
  email,
  password,
  role,
  description,
}));

export const BCRYPT_COST = 10;

export interface SeedUsers {
  admin: string;
  reception: string;
  frontdeskNy: string;
  /** The staff user who works the front desk of a clinic. */
  staffFor(clinic: ClinicKey): string;
}

export interface UserData {
  users: SeedUsers;
  rows: Prisma.UserCreateManyInput[];
  memberships: Prisma.ClinicMembershipCreateManyInput[];
}

export async function buildUsers(random: SeedRandom, cat: Catalogue, now: Date): Promise<UserData> {
  const createdAt = establishedAt(now);
  const hashes = await Promise.all(DEMO_USERS.map((u) => bcrypt.hash(u.password, BCRYPT_COST)));
  const ids = DEMO_USERS.map(() => random.id());
  const rows: Prisma.UserCreateManyInput[] = DEMO_USERS.map((u, i) => ({
    id: ids[i],
    email: u.email,
    name: u.name,
    passwordHash: hashes[i],
    role: u.role,
    active: true,
    createdAt,
    updatedAt: createdAt,
  }));
  const memberships: Prisma.ClinicMembershipCreateManyInput[] = DEMO_USERS.flatMap((u, i) =>
    u.clinics.map((c) => ({ userId: ids[i], clinicId: cat.clinics.get(c)!.id })),
  );
  const byKey = Object.fromEntries(DEMO_USERS.map((u, i) => [u.key, ids[i]])) as Record<DemoUser["key"], string>;
  return {
    rows,
    memberships,
    users: {
      ...byKey,
      staffFor: (clinic) => (clinic === "newYork" ? byKey.frontdeskNy : byKey.reception),
    },
  };
}
