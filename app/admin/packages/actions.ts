"use server";

import type { z } from "zod";
import { authorizedAction } from "@/lib/action-helpers";
import type { ActionResult } from "@/lib/action-result";
import { prisma } from "@/lib/db";
import { createPackage, removePackage, updatePackage } from "@/lib/services/admin/packages";
import { ZPackageIdSchema, ZPackageSchema, type TPackageInput } from "@/lib/validations/package";

const LIST = "/admin/packages";
type PackageId = z.input<typeof ZPackageIdSchema>["id"];

export async function createPackageAction(input: TPackageInput): Promise<ActionResult<{ id: string }>> {
  return authorizedAction("ADMIN", () => ZPackageSchema.parse(input), (user, data) => createPackage(prisma, user, data), LIST);
}

export async function updatePackageAction(id: PackageId, input: TPackageInput): Promise<ActionResult<{ id: string }>> {
  return authorizedAction(
    "ADMIN",
    () => ({ target: ZPackageIdSchema.parse({ id }), data: ZPackageSchema.parse(input) }),
    (user, { target, data }) => updatePackage(prisma, user, target.id, data),
    LIST,
  );
}

export async function removePackageAction(id: PackageId): Promise<ActionResult<{ outcome: "deleted" | "deactivated" }>> {
  return authorizedAction("ADMIN", () => ZPackageIdSchema.parse({ id }), (user, target) => removePackage(prisma, user, target.id), LIST);
}
