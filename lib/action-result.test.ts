import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/action-result";

describe("runAction", () => {
  it("lets Next's control-flow throws through (redirect, notFound)", async () => {
    for (const interrupt of [() => redirect("/login"), () => notFound()]) {
      const thrown = await runAction(async () => interrupt()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((thrown as { digest?: string } | undefined)?.digest).toEqual(expect.stringMatching(/^NEXT_/));
    }
  });

  it("turns an expected error into its sentence and an unexpected one into a logged generic failure", async () => {
    await expect(runAction(async () => { throw new AppError("FORBIDDEN", "Not at your clinic."); })).resolves.toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "Not at your clinic.", fieldErrors: undefined },
    });
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    const result = await runAction(async () => { throw new Error("connection reset: secret detail"); });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("secret detail");
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
