import { availableActions, lateCancelNoticeAt, canCancel, canCheckIn, canComplete, canMarkNoShow, canReschedule, cancelEffect, isLateCancel, noShowEffect, type LifecycleFacts } from "./rules";

const policy = { lateCancelWindowHours: 24, lateCancelForfeits: true, noShowForfeits: true };
// Tuesday 8 January 2030, 10:00–10:45 in London (GMT).
const facts = (o: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  status: "SCHEDULED",
  startsAt: new Date("2030-01-08T10:00:00Z"),
  endsAt: new Date("2030-01-08T10:45:00Z"),
  timeZone: "Europe/London",
  hasPurchase: true,
  policy,
  ...o,
});
const at = (iso: string) => new Date(iso);

describe("appointment lifecycle rules", () => {
  test("check-in and completion open at local midnight of the appointment's day, in the clinic's zone", () => {
    expect(canCheckIn(facts(), at("2030-01-07T23:59:59Z"))).toBe(false);
    expect(canCheckIn(facts(), at("2030-01-08T00:00:00Z"))).toBe(true);
    // New York: the local day starts at 05:00 UTC.
    const ny = facts({ timeZone: "America/New_York", startsAt: at("2030-01-08T15:00:00Z"), endsAt: at("2030-01-08T15:45:00Z") });
    expect(canComplete(ny, at("2030-01-08T04:59:00Z"))).toBe(false);
    expect(canComplete(ny, at("2030-01-08T05:00:00Z"))).toBe(true);
    expect(canComplete(facts({ status: "CHECKED_IN" }), at("2030-01-09T09:00:00Z"))).toBe(true);
    expect(canCheckIn(facts({ status: "CHECKED_IN" }), at("2030-01-08T09:00:00Z"))).toBe(false);
  });

  test("finished appointments allow nothing", () => {
    for (const status of ["COMPLETED", "CANCELLED", "NO_SHOW"] as const) {
      const a = availableActions(facts({ status }), at("2030-01-08T10:30:00Z"));
      expect(a).toMatchObject({ checkIn: false, complete: false, cancel: false, noShow: false, reschedule: false, lateCancelFrom: null, lateCancelWarning: null });
    }
  });

  test("cancel until the session ends; no-show once it started; reschedule before it starts", () => {
    expect(canCancel(facts(), at("2030-01-08T10:44:59Z"))).toBe(true);
    expect(canCancel(facts(), at("2030-01-08T10:45:00Z"))).toBe(false);
    expect(canMarkNoShow(facts(), at("2030-01-08T09:59:59Z"))).toBe(false);
    expect(canMarkNoShow(facts(), at("2030-01-08T10:00:00Z"))).toBe(true);
    expect(canMarkNoShow(facts({ status: "CHECKED_IN" }), at("2030-01-08T10:10:00Z"))).toBe(false);
    expect(canReschedule(facts(), at("2030-01-08T09:59:59Z"))).toBe(true);
    expect(canReschedule(facts(), at("2030-01-08T10:00:00Z"))).toBe(false);
    expect(canReschedule(facts({ status: "CHECKED_IN" }), at("2030-01-08T09:00:00Z"))).toBe(false);
  });

  test("the late-cancel edge: exactly the window before the start is in time", () => {
    expect(isLateCancel(facts(), at("2030-01-07T10:00:00.000Z"))).toBe(false);
    expect(isLateCancel(facts(), at("2030-01-07T10:00:00.001Z"))).toBe(true);
  });

  test("what cancelling and no-shows do to the package, by policy", () => {
    const early = at("2030-01-06T10:00:00Z");
    const late = at("2030-01-08T09:00:00Z");
    expect(cancelEffect(facts(), early)).toBe("returned");
    expect(cancelEffect(facts(), late)).toBe("forfeited");
    expect(cancelEffect(facts({ policy: { ...policy, lateCancelForfeits: false } }), late)).toBe("returned");
    expect(cancelEffect(facts({ hasPurchase: false }), late)).toBe("none");
    expect(noShowEffect(facts())).toBe("forfeited");
    expect(noShowEffect(facts({ policy: { ...policy, noShowForfeits: false } }))).toBe("returned");
    expect(noShowEffect(facts({ hasPurchase: false }))).toBe("none");
  });

  test("what a no-show will do is said before it is recorded", () => {
    expect(availableActions(facts(), at("2030-01-08T10:10:00Z")).noShowNotice).toBe("By this clinic's policy the package session is forfeited.");
    expect(availableActions(facts({ policy: { ...policy, noShowForfeits: false } }), at("2030-01-08T10:10:00Z")).noShowNotice).toBe(
      "By this clinic's policy the session returns to the package.",
    );
    expect(availableActions(facts({ hasPurchase: false }), at("2030-01-08T10:10:00Z")).noShowNotice).toBeNull();
  });

  test("the moment cancelling becomes late travels with the page, so an open dialog can tell", () => {
    const early = availableActions(facts(), at("2030-01-06T10:00:00Z"));
    expect(early.lateCancelFrom).toBe("2030-01-07T10:00:00.000Z");
    expect(early.lateCancelWarning).toMatch(/^Late cancellation \(less than 24 hours before the start\)/);
    expect(availableActions(facts({ status: "COMPLETED" }), at("2030-01-06T10:00:00Z")).lateCancelFrom).toBeNull();
  });

  test("a late cancellation is announced before it is made", () => {
    expect(lateCancelNoticeAt(availableActions(facts(), at("2030-01-06T10:00:00Z")), at("2030-01-06T10:00:00Z"))).toBeNull();
    expect(lateCancelNoticeAt(availableActions(facts(), at("2030-01-06T10:00:00Z")), at("2030-01-08T09:00:00Z"))).toBe(
      "Late cancellation (less than 24 hours before the start): by this clinic's policy the package session is forfeited.",
    );
    expect(lateCancelNoticeAt(availableActions(facts({ policy: { ...policy, lateCancelForfeits: false, lateCancelWindowHours: 1 } }), at("2030-01-08T09:30:00Z")), at("2030-01-08T09:30:00Z"))).toBe(
      "Late cancellation (less than 1 hour before the start): by this clinic's policy the session still returns to the package.",
    );
  });
});
