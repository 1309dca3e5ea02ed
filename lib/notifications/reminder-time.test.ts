import { reminderSendAt } from "./reminder-time";

describe("reminderSendAt", () => {
  test("24 h before keeps the local time of day across the spring change (23 real hours)", () => {
    // Sunday 31 March 2030 10:00 BST; the clocks went forward at 01:00 UTC that day.
    const start = new Date("2030-03-31T09:00:00Z");
    expect(reminderSendAt(start, "Europe/London", 24).toISOString()).toBe("2030-03-30T10:00:00.000Z"); // Saturday 10:00 GMT
  });
  test("and across the autumn change (25 real hours)", () => {
    // Monday 28 October 2030 10:00 GMT; clocks went back on Sunday 27 October.
    expect(reminderSendAt(new Date("2030-10-28T10:00:00Z"), "Europe/London", 24).toISOString()).toBe("2030-10-27T10:00:00.000Z");
    expect(reminderSendAt(new Date("2030-10-27T10:00:00Z"), "Europe/London", 24).toISOString()).toBe("2030-10-26T09:00:00.000Z");
  });
  test("hours beyond whole days are real hours; other zones", () => {
    expect(reminderSendAt(new Date("2030-01-10T15:00:00Z"), "Europe/London", 2).toISOString()).toBe("2030-01-10T13:00:00.000Z");
    expect(reminderSendAt(new Date("2030-01-10T15:00:00Z"), "Europe/London", 26).toISOString()).toBe("2030-01-09T13:00:00.000Z");
    // New York: clocks forward on Sunday 10 March 2030; Monday 11 March 09:00 EDT = 13:00Z → Sunday 09:00 EDT.
    expect(reminderSendAt(new Date("2030-03-11T13:00:00Z"), "America/New_York", 24).toISOString()).toBe("2030-03-10T13:00:00.000Z");
    // Saturday 9 March 09:00 EST for a Sunday 09:00 EDT appointment: 23 h.
    expect(reminderSendAt(new Date("2030-03-10T13:00:00Z"), "America/New_York", 24).toISOString()).toBe("2030-03-09T14:00:00.000Z");
  });
});
