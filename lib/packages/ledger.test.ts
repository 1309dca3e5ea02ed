import { isFullyUsed, ledgerFromAppointments, remainingOf } from "./ledger";

describe("ledger from appointments", () => {
  test("booked = scheduled or checked in; completed; forfeited = lost cancellations and no-shows", () => {
    expect(
      ledgerFromAppointments([
        { status: "SCHEDULED", forfeitsSession: false },
        { status: "CHECKED_IN", forfeitsSession: false },
        { status: "COMPLETED", forfeitsSession: false },
        { status: "CANCELLED", forfeitsSession: false },
        { status: "CANCELLED", forfeitsSession: true },
        { status: "NO_SHOW", forfeitsSession: true },
        { status: "NO_SHOW", forfeitsSession: false },
      ]),
    ).toEqual({ booked: 2, completed: 1, forfeited: 2 });
    expect(ledgerFromAppointments([])).toEqual({ booked: 0, completed: 0, forfeited: 0 });
  });

  test("remaining and fully used", () => {
    const line = { sessionsTotal: 6, booked: 2, completed: 3, forfeited: 1 };
    expect(remainingOf(line)).toBe(0);
    expect(isFullyUsed([line])).toBe(false);
    expect(isFullyUsed([{ ...line, booked: 0, completed: 5 }])).toBe(true);
  });
});
