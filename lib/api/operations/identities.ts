import { z } from "zod";
import { listQuery, pageOf } from "../../pagination";
import { op, type Operation } from "./operation";

const tag = "Accounts";

/** A provider id as the path names it: GitHub's `github`, the OpenID Connect provider's `oidc`. */
export const identityParams = z.object({
  provider: z
    .string({ error: "is required" })
    .regex(/^[a-z0-9-]{1,40}$/, "must be a provider id such as github or oidc"),
});

const identity = z
  .object({
    provider: z.string(),
    email: z.string().nullable(),
    linkedAt: z.iso.datetime(),
  })
  .meta({ id: "LinkedIdentity" });

/**
 * The identity providers linked to the caller's account (docs/DECISIONS.md, "Sign-in with an
 * identity provider"). Linking happens only in Settings, through the provider.
 */
export const identityOperations = {
  listIdentities: op({
    method: "GET",
    path: "/api/v1/me/identities",
    summary:
      "The identity providers linked to the caller's account, first linked first, and whether it has a password",
    tag,
    auth: "user",
    query: listQuery,
    response: pageOf(identity).extend({ hasPassword: z.boolean() }),
    errors: [401, 422],
  }),
  unlinkIdentity: op({
    method: "DELETE",
    path: "/api/v1/me/identities/{provider}",
    summary:
      "Unlink an identity provider; 409 when it is the last way in (no password and no other provider)",
    tag,
    auth: "user",
    params: identityParams,
    status: 204,
    errors: [401, 404, 409, 422],
  }),
} satisfies Record<string, Operation>;
