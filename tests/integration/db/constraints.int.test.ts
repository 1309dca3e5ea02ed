import { isCheckViolation, isExclusionViolation, isUniqueViolation } from "@/lib/database/errors";
import {
  addMinutes,
  at,
  buildAppointment,
  buildClinic,
  buildPatient,
  buildProvider,
  buildPurchase,
  buildService,
  buildUser,
} from "@/tests/factories";
import { useTestDatabase } from "@/tests/support/test-db";

const db = useTestDatabase();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse the write");
}

async function scene() {
  const prisma = db.prisma;
  const clinic = await buildClinic(prisma);
  const service = await buildService(prisma, { durationMin: 60, bufferAfterMin: 15 });
  const provider = await buildProvider(prisma, { clinicIds: [clinic.id], serviceIds: [service.id] });
  const user = await buildUser(prisma);
  const base = { clinicId: clinic.id, serviceId: service.id, createdById: user.id };
  return { clinic, service, provider, user, base };
}

const nine = at("2030-01-07T09:00:00Z");

describe(`appointments exclusion constraints (${db.kind})`, () => {
  it("refuses two active appointments of one provider that overlap", async () => {
    const { provider, base } = await scene();
    await buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: nine });
    const error = await rejection(
      buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: addMinutes(nine, 30) }),
    );
    expect(isExclusionViolation(error)).toEqual({ constraint: "appointments_provider_no_overlap" });
    expect(isCheckViolation(error)).toBeNull();
  });

  it("counts the provider's buffer: the next booking cannot start inside it", async () => {
    const { provider, base } = await scene();
    // 09:00–10:00 plus a 15-minute buffer: the provider is busy until 10:15.
    await buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: nine });
    const error = await rejection(
      buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: addMinutes(nine, 65) }),
    );
    expect(isExclusionViolation(error)?.constraint).toBe("appointments_provider_no_overlap");
    await expect(
      buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: addMinutes(nine, 75) }),
    ).resolves.toBeDefined();
  });

  it("refuses two active appointments of one patient that overlap, with different providers", async () => {
    const { provider, base } = await scene();
    const other = await buildProvider(db.prisma);
    const patient = await buildPatient(db.prisma);
    await buildAppointment(db.prisma, { ...base, providerId: provider.id, patientId: patient.id, startsAt: nine });
    const error = await rejection(
      buildAppointment(db.prisma, { ...base, providerId: other.id, patientId: patient.id, startsAt: addMinutes(nine, 59) }),
    );
    expect(isExclusionViolation(error)).toEqual({ constraint: "appointments_patient_no_overlap" });
  });

  it("allows touching intervals (one ends when the next starts)", async () => {
    const { provider, base } = await scene();
    const patient = await buildPatient(db.prisma);
    const first = await buildAppointment(db.prisma, {
      ...base,
      providerId: provider.id,
      patientId: patient.id,
      startsAt: nine,
      blockEndsAt: addMinutes(nine, 60),
    });
    await buildAppointment(db.prisma, { ...base, providerId: provider.id, patientId: patient.id, startsAt: first.blockEndsAt });
    expect(await db.prisma.appointment.count()).toBe(2);
  });

  it("lets a cancelled or no-show appointment free its slot", async () => {
    const { provider, base } = await scene();
    const patient = await buildPatient(db.prisma);
    const slot = { ...base, providerId: provider.id, patientId: patient.id, startsAt: nine };
    await buildAppointment(db.prisma, { ...slot, status: "CANCELLED" });
    await buildAppointment(db.prisma, { ...slot, status: "NO_SHOW" });
    await buildAppointment(db.prisma, slot);
    const error = await rejection(buildAppointment(db.prisma, slot));
    expect(isExclusionViolation(error)).not.toBeNull();
  });

  it("refuses an appointment that ends before it starts, or a block shorter than the appointment", async () => {
    const { provider, base } = await scene();
    const backwards = await rejection(
      buildAppointment(db.prisma, { ...base, providerId: provider.id, startsAt: nine, endsAt: nine }),
    );
    expect(isCheckViolation(backwards)).toEqual({ constraint: "appointments_ends_after_start" });
    const shortBlock = await rejection(
      buildAppointment(db.prisma, {
        ...base,
        providerId: provider.id,
        startsAt: nine,
        endsAt: addMinutes(nine, 60),
        blockEndsAt: addMinutes(nine, 30),
      }),
    );
    expect(isCheckViolation(shortBlock)).toEqual({ constraint: "appointments_block_covers_appointment" });
  });
});

describe(`purchase ledger CHECK constraints (${db.kind})`, () => {
  it("refuses a ledger line that uses more sessions than it has", async () => {
    const purchase = await buildPurchase(db.prisma);
    const line = purchase.items[0];
    await db.prisma.purchaseItem.update({ where: { id: line.id }, data: { booked: 4, completed: 2 } });
    const error = await rejection(
      db.prisma.purchaseItem.update({ where: { id: line.id }, data: { forfeited: 1 } }),
    );
    expect(isCheckViolation(error)).toEqual({ constraint: "purchase_items_within_total" });
    expect(isExclusionViolation(error)).toBeNull();
  });

  it("refuses negative counters", async () => {
    const purchase = await buildPurchase(db.prisma);
    const error = await rejection(
      db.prisma.purchaseItem.update({ where: { id: purchase.items[0].id }, data: { booked: { decrement: 1 } } }),
    );
    expect(isCheckViolation(error)).toEqual({ constraint: "purchase_items_booked_nonnegative" });
  });

  it("reports the same violation from a raw query", async () => {
    const purchase = await buildPurchase(db.prisma);
    const error = await rejection(
      db.prisma.$executeRaw`UPDATE purchase_items SET completed = sessions_total + 1 WHERE id = ${purchase.items[0].id}`,
    );
    expect(isCheckViolation(error)?.constraint).toBe("purchase_items_within_total");
  });
});

describe(`other constraints (${db.kind})`, () => {
  it("keeps weekly hours inside one day and weekdays ISO", async () => {
    const clinic = await buildClinic(db.prisma);
    const bad = await rejection(
      db.prisma.clinicHours.create({ data: { clinicId: clinic.id, weekday: 8, startMinute: 540, endMinute: 1020 } }),
    );
    expect(isCheckViolation(bad)?.constraint).toBe("clinic_hours_weekday_iso");
    const inverted = await rejection(
      db.prisma.clinicHours.create({ data: { clinicId: clinic.id, weekday: 1, startMinute: 600, endMinute: 600 } }),
    );
    expect(isCheckViolation(inverted)?.constraint).toBe("clinic_hours_interval_in_day");
  });

  it("refuses a service without duration", async () => {
    const error = await rejection(buildService(db.prisma, { durationMin: 0 }));
    expect(isCheckViolation(error)?.constraint).toBe("services_duration_positive");
  });

  it("recognises unique violations", async () => {
    await buildPatient(db.prisma, { identifier: "MRN-1" });
    const error = await rejection(buildPatient(db.prisma, { identifier: "MRN-1" }));
    expect(isUniqueViolation(error)?.constraint).toBe("patients_identifier_key");
    expect(isExclusionViolation(error)).toBeNull();
    expect(isCheckViolation(error)).toBeNull();
  });

  it("starts every test with empty tables", async () => {
    expect(await db.prisma.appointment.count()).toBe(0);
    expect(await db.prisma.patient.count()).toBe(0);
  });
});
