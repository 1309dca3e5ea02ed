// A real SMTP server for integration tests (smtp-server, on a free local port): it accepts mail, parses each message
// (mailparser) and can stall, so a test can kill a worker in the middle of a send.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  /** Messages fully received and accepted (250 after DATA). */
  readonly messages: ParsedMail[];
  /** While true, DATA is read but never answered: the sender hangs mid-send. */
  stall: boolean;
  /** Resolves when a message is being received while stalled. */
  stalled(): Promise<void>;
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let onStall: (() => void) | null = null;
  const state = { stall: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        if (state.stall) {
          onStall?.();
          return; // never answered
        }
        messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get stall() {
      return state.stall;
    },
    set stall(value: boolean) {
      state.stall = value;
    },
    stalled: () => new Promise<void>((resolve) => (onStall = resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 20_000, what = "condition"): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
