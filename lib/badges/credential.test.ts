import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import obContext from "./ob3/context-3.0.3.json";
import {
  buildCredential,
  identityHash,
  issuerDocument,
  linkedInUrl,
  OB_CONTEXT,
  VC_CONTEXT,
  type CredentialInput,
} from "./credential";
import { schemaErrors } from "./schema";

const input = (over: Partial<CredentialInput> = {}): CredentialInput => ({
  id: "3f0b8a52-1c4e-4a01-9a01-000000000001",
  origin: "https://epoch.example.com",
  issuedAt: new Date("2026-12-06T01:02:03.456Z"),
  target: { kind: "tier", number: 1, name: "Foundations", context: "Building the foundation." },
  criteria: [
    { title: "Python at practicing level", description: "Rate Python at practicing (level 2)." },
    { title: "20 hours of study logged", description: "Log 20 hours of study in total." },
  ],
  subject: { email: " Ada@Example.com ", name: "Ada Learner", salt: "c0ffee" },
  evidence: {
    skills: [{ name: "Python", level: 3, levelName: "Proficient" }],
    hoursLogged: 42,
    shippedProjects: 2,
    shippedProjectTitles: ["Churn model", "Image classifier"],
    verifiedMilestones: ["Python at practicing level"],
    verifiedRecords: 1,
  },
  publicProfileUrl: "https://epoch.example.com/u/ada-learner",
  ...over,
});

describe("an OpenBadgeCredential for a tier", () => {
  const credential = buildCredential(input());

  it("passes 1EdTech's Open Badges 3.0 JSON schema for AchievementCredential (pinned)", () => {
    expect(schemaErrors(credential)).toEqual([]);
  });

  it("the schema is really checked: a credential without validFrom, or a subject without its achievement, fails", () => {
    const { validFrom, ...noValidFrom } = credential;
    void validFrom;
    expect(schemaErrors(noValidFrom).join(" ")).toMatch(/validFrom/);
    const noAchievement = {
      ...credential,
      credentialSubject: { ...credential.credentialSubject, achievement: undefined },
    };
    expect(schemaErrors(JSON.parse(JSON.stringify(noAchievement))).join(" ")).toMatch(
      /achievement/,
    );
    expect(schemaErrors({ ...credential, type: ["VerifiableCredential"] })).not.toEqual([]);
  });

  it("is a VC 2.0 OpenBadgeCredential with validFrom (no milliseconds), an issuer Profile and an AchievementSubject", () => {
    expect(credential["@context"]).toEqual([VC_CONTEXT, OB_CONTEXT]);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.validFrom).toBe("2026-12-06T01:02:03Z");
    expect(credential.id).toBe(
      "https://epoch.example.com/badges/3f0b8a52-1c4e-4a01-9a01-000000000001",
    );
    expect(credential.issuer).toMatchObject({
      id: "https://epoch.example.com/api/v1/badges/issuer",
      type: ["Profile"],
      name: "Epoch",
    });
    expect(credential.credentialSubject.type).toEqual(["AchievementSubject"]);
    const a = credential.credentialSubject.achievement;
    expect(a.type).toEqual(["Achievement"]);
    expect(a.name).toBe("Tier 1 · Foundations");
    expect(a.description).toBe("Building the foundation.");
    expect(a.image.type).toBe("Image");
    expect(a.image.id).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(a.image.id.split(",")[1]!, "base64").toString()).toContain("T1");
  });

  it("criteria.narrative lists the tier's milestones with what counts toward each", () => {
    const narrative = credential.credentialSubject.achievement.criteria.narrative;
    expect(narrative).toContain("tier 1 (Foundations)");
    expect(narrative).toContain(
      "- **Python at practicing level**: Rate Python at practicing (level 2).",
    );
    expect(narrative).toContain("- **20 hours of study logged**");
    const tier3 = buildCredential(
      input({
        target: { kind: "tier", number: 3, name: "Experienced ML engineer", context: "…" },
      }),
    );
    expect(tier3.credentialSubject.achievement.criteria.narrative).toMatch(
      /^Holds every earlier tier/,
    );
  });

  it("identifies the learner by a salted sha256 identity hash, never the email itself", () => {
    const [email, name] = credential.credentialSubject.identifier;
    const expected = createHash("sha256").update("ada@example.comc0ffee").digest("hex");
    expect(email).toEqual({
      type: "IdentityObject",
      hashed: true,
      identityHash: `sha256$${expected}`,
      identityType: "emailAddress",
      salt: "c0ffee",
    });
    expect(name).toMatchObject({
      hashed: false,
      identityType: "name",
      identityHash: "Ada Learner",
    });
    expect(JSON.stringify(credential).toLowerCase()).not.toContain("ada@example.com");
    // The spec's own example: 'a@example.com' salted with 'Kosher'.
    expect(identityHash("a@example.com", "Kosher")).toBe(
      "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
    );
  });

  it("embeds the evidence at issue time: skills, hours, shipped projects, coach verifications, the public profile", () => {
    const byName = Object.fromEntries(credential.evidence.map((e) => [e.name, e]));
    expect(byName["Skill levels"]!.narrative).toBe("- Python: 3 (proficient)");
    expect(byName["Study time"]!.narrative).toBe("42 hours of study logged.");
    expect(byName["Shipped projects"]!.narrative).toContain("2 portfolio projects shipped.");
    expect(byName["Shipped projects"]!.narrative).toContain("- Churn model");
    expect(byName["Coach verifications"]!.narrative).toMatch(
      /^1 milestone and 1 record \(projects, certifications\) verified by a coach\./,
    );
    expect(byName["Public profile"]!.id).toBe("https://epoch.example.com/u/ada-learner");
  });

  it("a private profile: no profile link and no project titles", () => {
    const private_ = buildCredential(
      input({
        publicProfileUrl: null,
        evidence: { ...input().evidence, shippedProjectTitles: null },
      }),
    );
    expect(private_.evidence.map((e) => e.name)).not.toContain("Public profile");
    expect(JSON.stringify(private_)).not.toContain("Churn model");
    expect(schemaErrors(private_)).toEqual([]);
  });

  it("a track badge passes the schema too", () => {
    const track = buildCredential(
      input({
        target: { kind: "track", slug: "mlops", name: "MLOps engineer", summary: "Ops." },
      }),
    );
    expect(track.name).toBe("Specialization: MLOps engineer");
    expect(track.credentialSubject.achievement.id).toBe(
      "https://epoch.example.com/api/v1/roadmap#track-mlops",
    );
    expect(schemaErrors(track)).toEqual([]);
  });

  it("every Open Badges type it uses is a term of the pinned 3.0.3 context", () => {
    const terms = Object.keys(obContext["@context"]);
    for (const type of [
      "OpenBadgeCredential",
      "AchievementSubject",
      "Achievement",
      "IdentityObject",
      "Evidence",
      "Profile",
      "Image",
      "Criteria",
    ])
      expect(terms).toContain(type);
  });
});

describe("around the credential", () => {
  it("the issuer document is the issuer Profile with a context and where the keys are", () => {
    const doc = issuerDocument("https://epoch.example.com");
    expect(doc).toMatchObject({
      "@context": [VC_CONTEXT, OB_CONTEXT],
      id: "https://epoch.example.com/api/v1/badges/issuer",
      type: ["Profile"],
      jwks: "https://epoch.example.com/.well-known/jwks.json",
    });
  });

  it("the LinkedIn link carries the name, issuer, date and verification URL", () => {
    const url = new URL(
      linkedInUrl({
        name: "Tier 1 · Foundations",
        issuedAt: new Date("2026-12-06T01:02:03Z"),
        url: "https://epoch.example.com/badges/abc",
        id: "abc",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "Tier 1 · Foundations",
      organizationName: "Epoch",
      issueYear: "2026",
      issueMonth: "12",
      certUrl: "https://epoch.example.com/badges/abc",
      certId: "abc",
    });
  });
});
