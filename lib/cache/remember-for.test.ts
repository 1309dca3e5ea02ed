import { rememberFor } from "./remember-for";

describe("rememberFor", () => {
  afterEach(() => jest.useRealTimers());

  it("shares one result for the given time, then loads again", async () => {
    jest.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z") });
    let calls = 0;
    const counts = rememberFor(60_000, async () => ++calls);
    expect(await Promise.all([counts(), counts()])).toEqual([1, 1]);
    jest.setSystemTime(new Date("2026-12-07T10:00:59Z"));
    expect(await counts()).toBe(1);
    jest.setSystemTime(new Date("2026-12-07T10:01:00Z"));
    expect(await counts()).toBe(2);
    expect(calls).toBe(2);
  });

  it("does not keep a failure", async () => {
    let calls = 0;
    const flaky = rememberFor(60_000, async () => {
      calls++;
      if (calls === 1) throw new Error("database restarting");
      return "ok";
    });
    await expect(flaky()).rejects.toThrow("database restarting");
    expect(await flaky()).toBe("ok");
  });
});
