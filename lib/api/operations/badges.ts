import {
  badgeClaimInput,
  badgeClaimOutput,
  badgeKeyParams,
  badgeListOutput,
  issuerProfileOutput,
  jwkSetOutput,
  publicBadgeOutput,
} from "../../badges/schemas";
import { listQuery } from "../../pagination";
import { idParams, op, type Operation } from "./operation";

const tag = "Badges";

/**
 * Tier badges as Open Badges 3.0 credentials (docs/DECISIONS.md, "Tier badges (Open Badges
 * 3.0)"): the learner claims and revokes their own; anyone verifies one by its id with the
 * issuer's published keys.
 */
export const badgeOperations = {
  claimBadge: op({
    method: "POST",
    path: "/api/v1/me/badges",
    summary:
      "Claim the Open Badges 3.0 credential for a tier you hold ({tier}) or a track you completed ({track}): 201 with the signed badge; claiming again answers the same badge (200); 422 when not reached",
    tag,
    auth: "user",
    body: badgeClaimInput,
    response: badgeClaimOutput,
    status: 201,
    repeatStatus: 200,
    errors: [400, 401, 413, 422],
  }),
  listMyBadges: op({
    method: "GET",
    path: "/api/v1/me/badges",
    summary: "Your badges, revoked ones included, oldest first",
    tag,
    auth: "user",
    query: listQuery,
    response: badgeListOutput,
    errors: [401, 422],
  }),
  revokeBadge: op({
    method: "DELETE",
    path: "/api/v1/me/badges/{id}",
    summary:
      "Revoke your badge: its status says revoked from now on, and it stays revoked (404 for anyone else's)",
    tag,
    auth: "user",
    params: idParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  badgeIssuer: op({
    method: "GET",
    path: "/api/v1/badges/issuer",
    summary: "The issuer's Open Badges Profile (the `issuer.id` of every badge)",
    tag,
    auth: "public",
    response: issuerProfileOutput,
    errors: [],
  }),
  badgeKey: op({
    method: "GET",
    path: "/api/v1/badges/keys/{kid}",
    summary:
      "One signing key's public JWK, current or retired: what a badge's JWT header `kid` names",
    tag,
    auth: "public",
    params: badgeKeyParams,
    response: jwkSetOutput.shape.keys.element,
    errors: [404, 422],
  }),
  publicBadge: op({
    method: "GET",
    path: "/api/v1/badges/{id}",
    summary:
      "A badge, verified by the issuer: the credential, its VC-JWT, its status (active or revoked) and whether it verifies",
    tag,
    auth: "public",
    params: idParams,
    response: publicBadgeOutput,
    errors: [404, 422],
  }),
  jwks: op({
    method: "GET",
    path: "/.well-known/jwks.json",
    summary: "The issuer's public signing keys, current and retired, as a JWK Set",
    tag,
    auth: "public",
    response: jwkSetOutput,
    errors: [],
  }),
} satisfies Record<string, Operation>;
