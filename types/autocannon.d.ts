// The part of autocannon (v8, no bundled types) that scripts/bench-http.ts uses.
declare module "autocannon" {
  namespace autocannon {
    type Context = Record<string, unknown>;
    type Request = {
      method?: "GET" | "POST";
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Returns the request to send; a falsy value starts the connection's sequence over. */
      setupRequest?: (request: Request, context: Context) => Request | null;
      onResponse?: (status: number, body: string, context: Context, headers: Record<string, string>) => void;
    };
    type Options = { url: string; connections?: number; duration?: number; timeout?: number; requests?: Request[] };
    type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
