import { signInOverHttp } from "../../../scripts/lib/http-session";
import { baseUrl } from "./browser";

/** Signs in through next-auth's credentials endpoint and returns the cookie header of the session. */
export function sessionCookie(email: string, password: string): Promise<string> {
  return signInOverHttp(baseUrl(), email, password);
}
