/**
 * A real OpenID Connect provider on localhost for the identity-provider spec: the `oidc-provider`
 * package with its development login and consent screens (any login name, any password). Who a
 * login name is (email, whether it is verified, name) is set by the test before it signs in.
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";

export type Person = { email: string; email_verified: boolean; name: string };

export type TestIdP = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Login name → who that is. */
  people: Map<string, Person>;
  /** What the provider refused so far (its error events). */
  refusals: string[];
  close: () => Promise<void>;
};

export async function startTestIdP(options: {
  port: number;
  redirectUris: string[];
}): Promise<TestIdP> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = "epoch-e2e";
  const clientSecret = "epoch-e2e-secret-0123456789abcdef";
  const people = new Map<string, Person>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const person = people.get(id);
          return person ? { sub: id, ...person } : { sub: id };
        },
      };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["epoch-e2e-idp-cookie-key"] },
  });
  // What the provider refused, for a failing test's output.
  const refusals: string[] = [];
  for (const event of ["grant.error", "userinfo.error", "authorization.error", "server_error"]) {
    provider.on(event, (_ctx: unknown, error: { message?: string; error_description?: string }) => {
      refusals.push(`${event}: ${error.message ?? ""} ${error.error_description ?? ""}`.trim());
      console.error(`[test IdP] ${event}: ${error.message} ${error.error_description ?? ""}`);
    });
  }
  const server: Server = await new Promise((resolve, reject) => {
    const s = provider.listen(options.port, "127.0.0.1", () => resolve(s));
    s.once("error", reject); // the port was taken meanwhile
  });
  return {
    issuer,
    clientId,
    clientSecret,
    people,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
