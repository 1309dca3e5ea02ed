import { effectiveStatus, sessionState, sessionStateLabel } from "./course-state";

const NOW = new Date("2030-01-07T12:00:00Z");
const later = new Date("2030-01-08T10:00:00Z");
const earlier = new Date("2030-01-06T10:00:00Z");

describe("effectiveStatus", () => {
  it("shows an active purchase past its expiry as expired, and leaves the others as stored", () => {
    expect(effectiveStatus({ status: "ACTIVE", expiresAt: later }, NOW)).toBe("ACTIVE");
    expect(effectiveStatus({ status: "ACTIVE", expiresAt: NOW }, NOW)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "ACTIVE", expiresAt: earlier }, NOW)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "COMPLETED", expiresAt: earlier }, NOW)).toBe("COMPLETED");
    expect(effectiveStatus({ status: "CANCELLED", expiresAt: earlier }, NOW)).toBe("CANCELLED");
  });
});

describe("sessionState", () => {
  const s = (status: Parameters<typeof sessionState>[0]["status"], endsAt: Date, forfeitsSession = false) =>
    sessionState({ status, endsAt, forfeitsSession }, NOW);

  it("tells booked sessions to come from those whose outcome is still to be recorded", () => {
    expect(s("SCHEDULED", later)).toBe("upcoming");
    expect(s("CHECKED_IN", later)).toBe("checked-in");
    expect(s("SCHEDULED", earlier)).toBe("unrecorded");
    expect(s("CHECKED_IN", earlier)).toBe("unrecorded");
  });

  it("says whether a cancelled or missed session went back to the package or was forfeited", () => {
    expect(s("COMPLETED", earlier)).toBe("done");
    expect(s("CANCELLED", later)).toBe("cancelled");
    expect(s("CANCELLED", later, true)).toBe("forfeited");
    expect(s("NO_SHOW", earlier)).toBe("no-show");
    expect(s("NO_SHOW", earlier, true)).toBe("forfeited");
  });

  it("labels a forfeited session with its cause", () => {
    expect(sessionStateLabel("forfeited", "NO_SHOW")).toEqual({ label: "Forfeited", detail: "no-show" });
    expect(sessionStateLabel("forfeited", "CANCELLED")).toEqual({ label: "Forfeited", detail: "late cancellation" });
    expect(sessionStateLabel("cancelled", "CANCELLED")).toEqual({ label: "Cancelled", detail: "session returned" });
  });
});
