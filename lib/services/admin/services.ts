import type { AppPrismaClient } from "@/lib/database/client";
import type { TSetActiveInput } from "@/lib/validations/common";
import type { TServiceInput, TServiceUpdateInput } from "@/lib/validations/service";
import { auditChange, notFound, saveChanges, setRecordActive, withUniqueName, type Actor } from "./shared";

function toRow(input: TServiceInput) {
  return {
    name: input.name,
    durationMin: input.durationMin,
    bufferAfterMin: input.bufferAfterMin,
    priceMinor: input.price,
    colour: input.colour,
    active: input.active,
  };
}

export async function createService(prisma: AppPrismaClient, actor: Actor, input: TServiceInput): Promise<{ id: string }> {
  return withUniqueName("service", input.name, () =>
    prisma.$transaction(async (tx) => {
      const row = toRow(input);
      const service = await tx.service.create({ data: row, select: { id: true } });
      await auditChange(tx, actor, "service", "created", service.id, row);
      return service;
    }),
  );
}

export async function updateService(prisma: AppPrismaClient, actor: Actor, input: TServiceUpdateInput): Promise<{ id: string }> {
  return withUniqueName("service", input.name, () =>
    prisma.$transaction(async (tx) => {
      const before = await tx.service.findUnique({
        where: { id: input.id },
        select: { name: true, durationMin: true, bufferAfterMin: true, priceMinor: true, colour: true, active: true },
      });
      if (!before) throw notFound("service");
      const row = toRow(input);
      await saveChanges(tx, actor, "service", input.id, { before, after: row }, async () => {
        await tx.service.update({ where: { id: input.id }, data: row });
      });
      return { id: input.id };
    }),
  );
}

/** Services are never deleted: appointments, packages and purchases keep pointing at them. */
export async function setServiceActive(prisma: AppPrismaClient, actor: Actor, input: TSetActiveInput): Promise<{ id: string }> {
  return setRecordActive(prisma, actor, "service", input);
}
