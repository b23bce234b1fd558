// The little of `oidc-provider` (which ships no types) that e2e/oidc-test-provider.ts uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };

  export default class Provider {
    constructor(
      issuer: string,
      configuration: {
        clients: Record<string, unknown>[];
        claims?: Record<string, string[]>;
        findAccount: (ctx: unknown, id: string) => Promise<Account | undefined>;
        features?: Record<string, unknown>;
        cookies?: { keys: string[] };
      },
    );
    listen(port: number, host: string, callback: () => void): Server;
    on(event: string, listener: (...args: never[]) => void): this;
  }
}
