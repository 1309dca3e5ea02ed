import http from "node:http";
import type { AddressInfo } from "node:net";
import { guardForwardedHeaders } from "@/lib/net/forwarded-headers";

test("without a trusted proxy, forwarded headers a client sends never reach the app", async () => {
  guardForwardedHeaders(0);
  const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https", "x-real-ip": "5.6.7.8", "x-other": "kept" },
    });
    const seen = (await res.json()) as Record<string, string>;
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen["x-other"]).toBe("kept");
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
