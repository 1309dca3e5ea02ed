import { axisHours, blockPosition, closedSpans, layoutLanes, minuteAtFraction, timeAxis } from "./layout";

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

describe("calendar layout", () => {
  it("spans the earliest opening to the latest closing, on whole hours, widened to bookings outside them", () => {
    const open = [
      { start: h(8), end: h(12, 30) },
      { start: h(13, 30), end: h(19) },
      { start: h(9), end: h(13) },
    ];
    expect(timeAxis(open, [])).toEqual({ start: h(8), end: h(19) });
    expect(timeAxis(open, [{ start: h(7, 30), end: h(8, 15) }, { start: h(19), end: h(19, 45) }])).toEqual({ start: h(7), end: h(20) });
    expect(timeAxis([], [])).toEqual({ start: h(8), end: h(18) });
    expect(axisHours({ start: h(8), end: h(11) })).toEqual([h(8), h(9), h(10)]);
  });

  it("places a block by its minutes, clipped to the axis", () => {
    const axis = { start: h(8), end: h(18) };
    expect(blockPosition({ start: h(9), end: h(10) }, axis)).toEqual({ topPct: 10, heightPct: 10 });
    expect(blockPosition({ start: h(17, 30), end: h(18, 30) }, axis)).toEqual({ topPct: 95, heightPct: 5 });
    expect(blockPosition({ start: h(7), end: h(8, 30) }, axis)).toEqual({ topPct: 0, heightPct: 5 });
  });

  it("shades what is outside opening hours, lunch breaks included", () => {
    const axis = { start: h(7), end: h(20) };
    expect(closedSpans([{ start: h(13, 30), end: h(19) }, { start: h(8), end: h(12, 30) }], axis)).toEqual([
      { start: h(7), end: h(8) },
      { start: h(12, 30), end: h(13, 30) },
      { start: h(19), end: h(20) },
    ]);
    expect(closedSpans([], axis)).toEqual([axis]);
    expect(closedSpans([{ start: h(6), end: h(21) }], axis)).toEqual([]);
  });

  it("lays overlapping appointments side by side and leaves the rest full width", () => {
    const lanes = layoutLanes([
      { id: "a", start: h(9), end: h(10) },
      { id: "b", start: h(9, 30), end: h(10, 30) },
      { id: "c", start: h(10), end: h(11) }, // overlaps b only: reuses a's lane
      { id: "d", start: h(11), end: h(12) }, // touches c: a new cluster
      { id: "e", start: h(14), end: h(15) },
      { id: "f", start: h(14), end: h(14, 30) },
      { id: "g", start: h(14), end: h(14, 45) },
    ]);
    expect(lanes.get("a")).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get("b")).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get("c")).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get("d")).toEqual({ lane: 0, lanes: 1 });
    expect(lanes.get("e")).toEqual({ lane: 0, lanes: 3 });
    expect(lanes.get("g")).toEqual({ lane: 1, lanes: 3 });
    expect(lanes.get("f")).toEqual({ lane: 2, lanes: 3 });
  });

  it("gives the same lanes whatever order the appointments come in", () => {
    const items = [
      { id: "x", start: h(9), end: h(9, 45) },
      { id: "y", start: h(9, 15), end: h(10) },
      { id: "z", start: h(9, 50), end: h(10, 30) },
    ];
    expect(layoutLanes([...items].reverse())).toEqual(layoutLanes(items));
  });

  it("turns a click position into a quarter hour on the axis", () => {
    const axis = { start: h(8), end: h(18) };
    expect(minuteAtFraction(0, axis)).toBe(h(8));
    expect(minuteAtFraction(0.5, axis)).toBe(h(13));
    expect(minuteAtFraction(0.52, axis)).toBe(h(13, 0)); // 13:12 → 13:00
    expect(minuteAtFraction(1, axis)).toBe(h(17, 45));
  });
});
