import { patientSearchWhere } from "@/lib/queries/patient-search";

describe("patient search filter (staff and admin)", () => {
  test("every word must match; each word only against the columns it can be about", () => {
    const like = (v: string) => ({ contains: v, mode: "insensitive" });
    expect(patientSearchWhere("  ann  CAD-0042 a@b.test j.smith ")).toEqual({
      active: true,
      AND: [
        { OR: [{ firstName: like("ann") }, { lastName: like("ann") }] },
        { OR: [{ identifier: like("CAD-0042") }, { phone: { contains: "CAD-0042" } }] },
        { email: like("a@b.test") },
        { OR: [{ email: like("j.smith") }, { firstName: like("j.smith") }, { lastName: like("j.smith") }] },
      ],
    });
  });

  test("an empty search lists patients of the requested state", () => {
    expect(patientSearchWhere("   ")).toEqual({ active: true });
    expect(patientSearchWhere("", false)).toEqual({ active: false });
  });
});
