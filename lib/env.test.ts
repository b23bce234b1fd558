import { describe, expect, it } from "vitest";
import { authProviderSchema } from "./env";

describe("the identity providers' variables", () => {
  const issues = (env: Record<string, string>) => {
    const parsed = authProviderSchema.safeParse(env);
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("none, or whole sets, are fine; the OIDC provider gets a default name", () => {
    expect(issues({})).toEqual([]);
    expect(issues({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" })).toEqual([]);
    const oidc = authProviderSchema.parse({
      AUTH_OIDC_ISSUER: "https://login.example.com/realms/epoch",
      AUTH_OIDC_ID: "epoch",
      AUTH_OIDC_SECRET: "s3cret",
    });
    expect(oidc.AUTH_OIDC_NAME).toBe("Single sign-on");
  });

  it("half a set names what is missing", () => {
    expect(issues({ AUTH_GITHUB_ID: "id" })).toEqual([
      "AUTH_GITHUB_SECRET: AUTH_GITHUB_SECRET must be set with AUTH_GITHUB_ID",
    ]);
    expect(issues({ AUTH_OIDC_ISSUER: "https://idp.example", AUTH_OIDC_SECRET: "x" })).toEqual([
      "AUTH_OIDC_ID: AUTH_OIDC_ID must be set with AUTH_OIDC_ISSUER and AUTH_OIDC_SECRET",
    ]);
  });

  it("an issuer that is not a URL is named", () => {
    expect(
      issues({ AUTH_OIDC_ISSUER: "login.example.com", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" }),
    ).toEqual([
      "AUTH_OIDC_ISSUER: AUTH_OIDC_ISSUER must be a URL such as https://login.example.com/realms/epoch",
    ]);
  });
});
