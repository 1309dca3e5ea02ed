import { BODY_NOT_JSON, BODY_TOO_LARGE, refuseBody } from "@/lib/security/request-body";

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/admin/services/new", {
    method: "POST",
    headers: { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe("refuseBody", () => {
  test("a server action's JSON arguments pass, and stay readable for Next", async () => {
    const request = action('[{"name":"Massage"}]');
    expect(await refuseBody(request)).toBeNull();
    expect(await request.text()).toBe('[{"name":"Massage"}]');
  });

  test("malformed JSON is a 400 with a sentence", async () => {
    expect(await refuseBody(action('[{"name": '))).toEqual({ status: 400, message: BODY_NOT_JSON });
    expect(BODY_NOT_JSON).toBe("The request is not valid JSON. Nothing was saved.");
  });

  test("over 1 MB is a 413: by Content-Length, or while reading a body sent without one", async () => {
    const big = JSON.stringify(["x".repeat(1024 * 1024)]);
    expect(await refuseBody(action(big, { "content-length": String(big.length) }))).toEqual({ status: 413, message: BODY_TOO_LARGE });
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode("x".repeat(100_000)));
        c.close();
      },
    });
    expect(await refuseBody(action(stream))).toEqual({ status: 413, message: BODY_TOO_LARGE });
    expect(BODY_TOO_LARGE).toBe("The request is too large (the limit is 1 MB). Nothing was saved.");
  });

  test("other requests: only the size counts (sign-in forms are not JSON); GET is never read", async () => {
    const form = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.c&password=x",
    });
    expect(await refuseBody(form)).toBeNull();
    expect(await refuseBody(new Request("http://localhost/", { headers: { "content-length": "99999999" } }))).toBeNull();
  });
});
