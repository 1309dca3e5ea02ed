import { axisHours, blockPosition, closedSpans, dropMinute, fitLanes, layoutLanes, MIN_LANE_PX, minuteAtFraction, MORE_GUTTER_PX, timeAxis } from "./layout";

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

  describe("fitting lanes into a column", () => {
    // Four appointments at 14:00–15:00 (lanes 0–3), one at 15:00 alone, and two more overlapping 16:00 and 16:30.
    const crowded = [
      { id: "a", start: h(14), end: h(15) },
      { id: "b", start: h(14), end: h(15) },
      { id: "c", start: h(14, 15), end: h(14, 45) },
      { id: "d", start: h(14, 30), end: h(15) },
      { id: "e", start: h(15), end: h(15, 30) },
      { id: "f", start: h(16), end: h(17) },
      { id: "g", start: h(16, 30), end: h(17) },
    ];
    const laid = () => {
      const lanes = layoutLanes(crowded);
      return crowded.map((b) => ({ ...b, ...lanes.get(b.id)! }));
    };

    it("shows every lane side by side when each gets at least the minimum width", () => {
      const { placed, more } = fitLanes(laid(), 4 * MIN_LANE_PX);
      expect(more).toEqual([]);
      expect(placed.get("a")).toEqual({ left: 0, width: 0.25 });
      expect(placed.get("d")).toEqual({ left: 0.75, width: 0.25 });
      expect(placed.get("e")).toEqual({ left: 0, width: 1 });
      expect(fitLanes(laid(), null).more).toEqual([]); // not measured yet: as laid out
    });

    it("keeps the lanes that fit, never narrower than the minimum, and puts the rest behind one “+N more” per overlapping run", () => {
      const width = 2 * MIN_LANE_PX + MORE_GUTTER_PX; // two lanes and the gutter
      const { placed, more } = fitLanes(laid(), width);
      const lane = (1 - MORE_GUTTER_PX / width) / 2;
      expect(placed.get("a")).toEqual({ left: 0, width: lane });
      expect(placed.get("b")).toEqual({ left: lane, width: lane });
      expect(lane * width).toBeGreaterThanOrEqual(MIN_LANE_PX);
      expect(placed.has("c")).toBe(false);
      expect(placed.has("d")).toBe(false);
      expect(more).toEqual([{ start: h(14, 15), end: h(15), ids: ["c", "d"], left: 1 - MORE_GUTTER_PX / width, width: MORE_GUTTER_PX / width }]);
      // A cluster of two still fits: 16:00 and 16:30 stay side by side, 15:00 alone is full width.
      expect(placed.get("f")).toEqual({ left: 0, width: 0.5 });
      expect(placed.get("e")).toEqual({ left: 0, width: 1 });
    });

    it("shows one lane and the button in a phone-narrow column", () => {
      const { placed, more } = fitLanes(laid(), 100);
      expect([...placed.keys()].sort()).toEqual(["a", "e", "f"]);
      expect(more.map((m) => m.ids)).toEqual([["b", "c", "d"], ["g"]]);
      expect(more[1]).toMatchObject({ start: h(16, 30), end: h(17) });
    });
  });

  describe("dropping a dragged block", () => {
    const axis = { start: h(8), end: h(18) }; // 600 minutes over 600 px: a pixel a minute
    it("snaps the block's top edge to the nearest slot step", () => {
      expect(dropMinute(120, 600, axis, 45)).toBe(h(10));
      expect(dropMinute(127, 600, axis, 45)).toBe(h(10)); // 10:07 → 10:00
      expect(dropMinute(128, 600, axis, 45)).toBe(h(10, 15)); // 10:08 → 10:15
      expect(dropMinute(128, 600, axis, 45, 30)).toBe(h(10)); // a clinic on half hours
    });

    it("keeps the whole block on the axis", () => {
      expect(dropMinute(-40, 600, axis, 45)).toBe(h(8));
      expect(dropMinute(590, 600, axis, 45)).toBe(h(17, 15)); // ends at 18:00
      expect(dropMinute(590, 600, axis, 50)).toBe(h(17)); // 17:15 would end after 18:00
      expect(dropMinute(590, 600, { start: h(8, 10), end: h(9) }, 120)).toBe(h(8, 15));
    });
  });
});
