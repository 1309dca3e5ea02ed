import { dropMinute } from "./layout";
import { moveFor } from "./drop";

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const block = { id: "appt", providerId: "lee", startsAt: "2026-03-24T14:00:00.000Z" };

describe("drag to reschedule: from a drop to a move", () => {
  it("is the dropped wall-clock time on the column's day in the clinic's zone", () => {
    // London in March is still GMT before the 29th: 10:00 there is 10:00 UTC; New York (EDT) is 4 h behind UTC.
    expect(moveFor(block, { date: "2026-03-25", providerId: null }, h(10), "Europe/London")).toEqual({ appointmentId: "appt", providerId: "lee", start: "2026-03-25T10:00:00.000Z" });
    expect(moveFor(block, { date: "2026-03-25", providerId: null }, h(10), "America/New_York")?.start).toBe("2026-03-25T14:00:00.000Z");
  });

  it("counts wall-clock time on a DST day, and a time skipped by the clocks going forward lands just after the gap", () => {
    // 29 March 2026: London goes from 01:00 GMT to 02:00 BST.
    expect(moveFor(block, { date: "2026-03-29", providerId: null }, h(10), "Europe/London")?.start).toBe("2026-03-29T09:00:00.000Z");
    expect(moveFor(block, { date: "2026-03-29", providerId: null }, h(1, 30), "Europe/London")?.start).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: back to GMT; the afternoon is UTC again.
    expect(moveFor(block, { date: "2026-10-25", providerId: null }, h(14), "Europe/London")?.start).toBe("2026-10-25T14:00:00.000Z");
  });

  it("combines with the snapped position: a drop at 10:08 in a 08:00–18:00 column is 10:15 local", () => {
    const minute = dropMinute(128, 600, { start: h(8), end: h(18) }, 45);
    expect(moveFor(block, { date: "2026-03-29", providerId: null }, minute, "Europe/London")?.start).toBe("2026-03-29T09:15:00.000Z");
  });

  it("takes the column's provider in the day view, keeps the block's own in a column of everyone, and ignores a drop where it was", () => {
    expect(moveFor(block, { date: "2026-03-24", providerId: "patel" }, h(14), "Europe/London")).toEqual({ appointmentId: "appt", providerId: "patel", start: "2026-03-24T14:00:00.000Z" });
    expect(moveFor(block, { date: "2026-03-24", providerId: null }, h(14), "Europe/London")).toBeNull();
    expect(moveFor(block, { date: "2026-03-24", providerId: "lee" }, h(14), "Europe/London")).toBeNull();
  });
});
