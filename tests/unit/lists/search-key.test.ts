import { searchKey } from "@/lib/lists/list-params";

describe("searchKey: one string per state of a list's URL (the key of its <Suspense>)", () => {
  test("each page, sort and search is its own key; the same URL gives the same key", () => {
    const keys = [{}, { page: "2" }, { page: "2", sort: "name", dir: "desc" }, { q: "ann" }, { q: "ann", page: "2" }].map(searchKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(searchKey({ q: "ann", page: "2" })).toBe(searchKey({ q: "ann", page: "2" }));
  });

  test("repeated parameters all count, and an absent one is no parameter", () => {
    expect(searchKey({ status: ["SENT", "FAILED"] })).toBe("status=SENT&status=FAILED");
    expect(searchKey({ q: undefined, page: "3" })).toBe("page=3");
  });
});
