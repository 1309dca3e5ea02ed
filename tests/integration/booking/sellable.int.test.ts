import { assignPackage } from "@/lib/services/booking/assign-package";
import { packageOptions } from "@/lib/queries/booking/package-options";
import { AppError } from "@/lib/errors";
import { buildPackage, buildService } from "@/tests/factories";
import { buildBookingScenario, SCENARIO_NOW, type BookingScenario } from "@/tests/factories/booking-scenario";
import { useAppDatabase } from "@/tests/support/use-app-database";

// A template the desk's clinics cannot deliver (e.g. a Manchester-only package at the London desk) is listed
// disabled with the reason, and assigning it is refused.

const db = useAppDatabase();
let s: BookingScenario;
beforeEach(async () => {
  s = await buildBookingScenario(db.prisma);
});

test("a package whose services only another clinic offers: disabled at this desk with the reason, and refused", async () => {
  const hydro = await buildService(db.prisma, { name: "Hydrotherapy" });
  await db.prisma.clinicService.create({ data: { clinicId: s.manchester.id, serviceId: hydro.id } });
  const manchesterOnly = await buildPackage(db.prisma, { name: "Hydro 4", items: [{ serviceId: hydro.id, sessions: 4 }] });

  // The London desk (staff of London only).
  const atLondon = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, s.staffActor.clinicIds);
  const byName = Object.fromEntries(atLondon.available.map((t) => [t.name, t.disabledReason]));
  expect(byName["Hydro 4"]).toBe("Not sold at London: it does not offer Hydrotherapy.");
  expect(byName["Physio 6"]).toBeNull();
  const refused = await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: manchesterOnly.id, idempotencyKey: "key-hydro-1" }, SCENARIO_NOW).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AppError);
  expect((refused as AppError).code).toBe("NOT_AVAILABLE");
  expect(await db.prisma.packagePurchase.count()).toBe(0);

  // An admin (every clinic) may sell it: Manchester offers everything in it.
  const forAdmin = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, s.adminActor.clinicIds);
  expect(forAdmin.available.find((t) => t.name === "Hydro 4")!.disabledReason).toBeNull();
  await assignPackage(db.prisma, s.adminActor, { patientId: s.patient.id, packageId: manchesterOnly.id, idempotencyKey: "key-hydro-2" }, SCENARIO_NOW);
  expect(await db.prisma.packagePurchase.count()).toBe(1);
});

test("a price belongs to a currency: a dollar template is disabled at a pound desk with the reason, refused, and sold where dollars are", async () => {
  const inDollars = await buildPackage(db.prisma, { name: "Physio 6 (New York)", currency: "USD", priceMinor: 59_500, items: [{ serviceId: s.physio.id, sessions: 6 }] });

  const atLondon = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, s.staffActor.clinicIds);
  const row = atLondon.available.find((t) => t.name === "Physio 6 (New York)")!;
  expect(row.disabledReason).toBe("Priced in USD: London sells in GBP.");
  // The price is still shown in its own currency, never as pounds (an en-GB desk says which dollar).
  expect(row.price).toBe("US$595");
  const refused = await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: inDollars.id, idempotencyKey: "key-usd-1" }, SCENARIO_NOW).catch((e: unknown) => e);
  expect((refused as AppError).code).toBe("NOT_AVAILABLE");
  expect(await db.prisma.packagePurchase.count()).toBe(0);

  // London switches to dollars in en-US: the template is sold there, the purchase keeps its currency.
  await db.prisma.clinic.update({ where: { id: s.london.id }, data: { currency: "USD", locale: "en-US" } });
  const afterSwitch = await packageOptions(db.prisma, s.patient.id, SCENARIO_NOW, s.staffActor.clinicIds);
  expect(afterSwitch.available.find((t) => t.name === "Physio 6 (New York)")).toMatchObject({ disabledReason: null, price: "$595" });
  expect(afterSwitch.available.find((t) => t.name === "Physio 6")!.disabledReason).toBe("Priced in GBP: London sells in USD.");
  await assignPackage(db.prisma, s.staffActor, { patientId: s.patient.id, packageId: inDollars.id, idempotencyKey: "key-usd-2" }, SCENARIO_NOW);
  expect(await db.prisma.packagePurchase.findFirstOrThrow({ select: { currency: true, pricePaidMinor: true } })).toEqual({ currency: "USD", pricePaidMinor: 59_500 });
});
