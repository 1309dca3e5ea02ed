import { ZServiceSchema } from "@/lib/validations/service";

const valid = { name: "Physiotherapy", durationMin: "45", bufferAfterMin: "15", price: "60.50", colour: "#2563EB", active: true };

function messageFor(input: Record<string, unknown>, field: string): string | undefined {
  const result = ZServiceSchema.safeParse({ ...valid, ...input });
  return result.error?.issues.find((i) => i.path.join(".") === field)?.message;
}

describe("ZServiceSchema", () => {
  test("parses form strings into minutes, minor units and a lower-case colour", () => {
    expect(ZServiceSchema.parse(valid)).toEqual({
      name: "Physiotherapy",
      durationMin: 45,
      bufferAfterMin: 15,
      price: 6050,
      colour: "#2563eb",
      active: true,
    });
  });

  test("a name is required", () => {
    expect(messageFor({ name: "  " }, "name")).toBe("Enter a service name.");
  });

  test.each(["0", "-10"])("a duration of %s minutes is refused", (durationMin) => {
    expect(messageFor({ durationMin }, "durationMin")).toBe("The duration must be at least 1 minute.");
  });

  test("a fractional duration is refused", () => {
    expect(messageFor({ durationMin: "30.5" }, "durationMin")).toBe("Enter the duration in whole minutes.");
  });

  test("a negative buffer is refused, zero is fine", () => {
    expect(messageFor({ bufferAfterMin: "-5" }, "bufferAfterMin")).toBe("The buffer cannot be negative.");
    expect(ZServiceSchema.safeParse({ ...valid, bufferAfterMin: "0" }).success).toBe(true);
  });

  test("a negative price is refused", () => {
    expect(messageFor({ price: "-1" }, "price")).toBe("The price cannot be negative.");
  });

  test.each(["blue", "#12345", "#gggggg", "2563eb"])("the colour %j is refused", (colour) => {
    expect(messageFor({ colour }, "colour")).toBe("Pick a colour, written like #2563eb.");
  });
});
