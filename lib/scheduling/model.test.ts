import { buildRequest } from "@/tests/unit/scheduling/build-request";
import { subtractBusy } from "./busy-index";
import { buildModel } from "./model";

describe("buildModel", () => {
  it("merges touching hours per weekday and fills defaults", () => {
    const base = buildRequest();
    const model = buildModel({
      ...base,
      clinics: [{ ...base.clinics[0], hours: [{ weekday: 1, start: "08:00", end: "12:00" }, { weekday: 1, start: "12:00", end: "18:00" }] }],
      services: [{ id: "s1", durationMin: 45 }, base.services[1]],
    });
    expect(model.clinics[0].hours[1]).toEqual([{ start: 480, end: 1080 }]);
    expect(model.services[0]).toMatchObject({ name: "s1", durationMs: 45 * 60_000, blockMs: 45 * 60_000 });
    expect(model.stepMin).toBe(15);
    expect(model.maxPerWeek).toBe(Infinity);
  });

  it("unions busy blocks and time off per provider, ignoring empty ones", () => {
    const base = buildRequest();
    const model = buildModel({
      ...base,
      busy: [
        { providerId: "p1", start: "2026-03-02T10:00:00Z", end: "2026-03-02T11:00:00Z" },
        { providerId: "p1", start: "2026-03-02T09:00:00Z", end: "2026-03-02T10:00:00Z" },
        { providerId: "p1", start: "2026-03-02T12:00:00Z", end: "2026-03-02T12:00:00Z" },
      ],
      providers: [{ ...base.providers[0], timeOff: [{ start: "2026-03-02T10:30:00Z", end: "2026-03-02T13:00:00Z" }] }],
    });
    const free = subtractBusy([{ start: Date.parse("2026-03-02T08:00:00Z"), end: Date.parse("2026-03-02T14:00:00Z") }], model.providers[0].blocked);
    expect(free.map((f) => [new Date(f.start).toISOString(), new Date(f.end).toISOString()])).toEqual([
      ["2026-03-02T08:00:00.000Z", "2026-03-02T09:00:00.000Z"],
      ["2026-03-02T13:00:00.000Z", "2026-03-02T14:00:00.000Z"],
    ]);
  });

  it("takes the later of notice and earliest start, and counts booked sessions as patient time", () => {
    const model = buildModel(
      buildRequest({
        now: "2026-03-02T08:00:00Z",
        minNoticeMinutes: 60,
        earliestStart: "2026-03-02T08:30:00Z",
        courseBooked: [{ clinicId: "c1", start: "2026-03-03T09:00:00Z", end: "2026-03-03T10:00:00Z" }],
      }),
    );
    expect(new Date(model.earliest).toISOString()).toBe("2026-03-02T09:00:00.000Z");
    expect(model.patientBusyAt[0]).toEqual([{ start: Date.parse("2026-03-03T09:00:00Z"), end: Date.parse("2026-03-03T10:00:00Z") }]);
    expect(model.booked[0].day).toBe(Date.parse("2026-03-03") / 86_400_000);
  });
});
