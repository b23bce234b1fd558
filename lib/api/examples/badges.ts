import { type OperationExample, CREATED, BADGE_URL } from "./shared";

const credential = {
  "@context": [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
  ],
  id: BADGE_URL,
  type: ["VerifiableCredential", "OpenBadgeCredential"],
  issuer: {
    id: "https://epoch.example.com/api/v1/badges/issuer",
    type: ["Profile"],
    name: "Epoch",
  },
  validFrom: CREATED,
  credentialSubject: {
    type: ["AchievementSubject"],
    achievement: { type: ["Achievement"], name: "Epoch tier 2: Practitioner" },
  },
};
export const JWT = "eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJ2YyI6e319.c2lnbmF0dXJl";
const jwk = {
  kty: "OKP",
  crv: "Ed25519",
  x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
  kid: "k1",
};

/** The examples of the operations in operations/badges.ts, by operationId. */
export const badgeExamples: Record<string, OperationExample> = {
  claimBadge: {
    request: { tier: 2 },
    response: { id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90", url: BADGE_URL, credential, jwt: JWT },
  },
  listMyBadges: {
    response: {
      items: [
        {
          id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
          tier: 2,
          track: null,
          issuedAt: CREATED,
          revokedAt: null,
          url: BADGE_URL,
        },
      ],
      nextCursor: null,
    },
  },
  revokeBadge: {},
  badgeIssuer: {
    response: {
      "@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      id: "https://epoch.example.com/api/v1/badges/issuer",
      type: ["Profile"],
      name: "Epoch",
      url: "https://epoch.example.com",
    },
  },
  badgeKey: { response: jwk },
  publicBadge: { response: { credential, jwt: JWT, status: "active", verified: true } },
  jwks: { response: { keys: [jwk] } },
};
