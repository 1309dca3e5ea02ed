"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/action-result";
import { authorize } from "@/lib/session";
import { createPackage, removePackage, updatePackage } from "@/lib/services/admin/packages";
import { ZPackageIdSchema, ZPackageSchema } from "@/lib/validations/package";

export async function createPackageAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const data = ZPackageSchema.parse(input);
    const result = await createPackage(prisma, user, data);
    revalidatePath("/admin/packages");
    return result;
  });
}

export async function updatePackageAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const target = ZPackageIdSchema.parse({ id });
    const data = ZPackageSchema.parse(input);
    const result = await updatePackage(prisma, user, target.id, data);
    revalidatePath("/admin/packages");
    return result;
  });
}

export async function removePackageAction(id: unknown): Promise<ActionResult<{ outcome: "deleted" | "deactivated" }>> {
  return runAction(async () => {
    const user = await authorize("ADMIN");
    const target = ZPackageIdSchema.parse({ id });
    const result = await removePackage(prisma, user, target.id);
    revalidatePath("/admin/packages");
    return result;
  });
}
