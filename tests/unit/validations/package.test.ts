import { ZPackageSchema, type TPackageInput } from "@/lib/validations/package";
import { refusesEach } from "./support";

const valid: TPackageInput = {
  name: "  Knee rehab  ",
  description: "",
  price: "420",
  currency: "GBP",
  validityDays: "90",
  active: true,
  saleEndsOn: "",
  items: [
    { serviceId: "svc_physio", sessions: "6" },
    { serviceId: "svc_assess", sessions: "1" },
  ],
  defaultClinicId: "",
  providerIds: ["prv_1", "prv_1"],
  minDaysBetween: "",
  maxPerWeek: "",
  maxActivePerPatient: "",
};

describe("ZPackageSchema", () => {
  test("parses form strings into the template's terms", () => {
    expect(ZPackageSchema.parse(valid)).toEqual({
      name: "Knee rehab",
      description: null,
      price: 42_000,
      currency: "GBP",
      validityDays: 90,
      active: true,
      saleEndsOn: null,
      items: [
        { serviceId: "svc_physio", sessions: 6 },
        { serviceId: "svc_assess", sessions: 1 },
      ],
      defaultClinicId: null,
      providerIds: ["prv_1"],
      minDaysBetween: null,
      maxPerWeek: null,
      maxActivePerPatient: 1,
    });
  });

  test("optional cadence and sale end are kept when given", () => {
    const parsed = ZPackageSchema.parse({ ...valid, minDaysBetween: "7", maxPerWeek: "2", saleEndsOn: "2026-12-31", maxActivePerPatient: "3" });
    expect(parsed).toMatchObject({ minDaysBetween: 7, maxPerWeek: 2, saleEndsOn: "2026-12-31", maxActivePerPatient: 3 });
  });

  refusesEach(ZPackageSchema, valid, [
    ["no items", { items: [] }, "items", "Add at least one service to the package."],
    [
      "the same service twice",
      { items: [{ serviceId: "svc_physio", sessions: "6" }, { serviceId: "svc_physio", sessions: "2" }] },
      "items.1.serviceId",
      "This service is already in the package; change its sessions instead.",
    ],
    ["an item without a service", { items: [{ serviceId: "", sessions: "6" }] }, "items.0.serviceId", "Pick a service."],
    ["zero sessions", { items: [{ serviceId: "svc_physio", sessions: "0" }] }, "items.0.sessions", "The number of sessions must be at least 1."],
    ["negative sessions", { items: [{ serviceId: "svc_physio", sessions: "-2" }] }, "items.0.sessions", "The number of sessions must be at least 1."],
    ["fractional sessions", { items: [{ serviceId: "svc_physio", sessions: "1.5" }] }, "items.0.sessions", "Enter the number of sessions as a whole number."],
    ["a negative price", { price: "-10" }, "price", "The price cannot be negative."],
    ["a price that is not an amount", { price: "abc" }, "price", "Enter an amount like 420 or 420.50."],
    ["a currency in small letters", { currency: "usd" }, "currency", "Choose the currency the package is priced in."],
    ["a currency that is not three letters", { currency: "US" }, "currency", "Choose the currency the package is priced in."],
    ["zero validity", { validityDays: "0" }, "validityDays", "The validity in days must be at least 1."],
    ["max active below 1", { maxActivePerPatient: "0" }, "maxActivePerPatient", "The limit of active purchases per patient must be at least 1."],
    ["min days between below 1", { minDaysBetween: "0" }, "minDaysBetween", "The minimum days between sessions must be at least 1."],
    ["max per week below 1", { maxPerWeek: "0" }, "maxPerWeek", "The maximum sessions per week must be at least 1."],
    ["max per week above 14", { maxPerWeek: "15" }, "maxPerWeek", "The maximum sessions per week must be at most 14."],
    ["a missing name", { name: "  " }, "name", "Enter a package name."],
    ["a sale end that does not exist", { saleEndsOn: "2026-02-30" }, "saleEndsOn", "That date does not exist."],
    ["a sale end in another format", { saleEndsOn: "31/12/2026" }, "saleEndsOn", "Enter a date like 2026-12-31."],
  ]);
});
