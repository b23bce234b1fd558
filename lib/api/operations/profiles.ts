import { z } from "zod";
import { op, type Operation } from "./operation";
import { dateOutput } from "../../records/fields";
import { tierRef } from "./roadmap";

/** What a learner shows the world. */
export const profileOperations = {
  publicProfile: op({
    method: "GET",
    path: "/api/v1/profiles/{slug}",
    summary: "A public profile's public fields (404 unless the learner made it public)",
    tag: "Public",
    auth: "public",
    params: z.object({ slug: z.string().max(40, "is not a profile address") }),
    response: z.object({
      name: z.string().nullable(),
      headline: z.string().nullable(),
      slug: z.string(),
      tier: tierRef,
      track: z.string().nullable(),
      verifiedMilestones: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          tier: z.number().int(),
          track: z.string().nullable(),
        }),
      ),
      shippedProjects: z.array(
        z.object({
          title: z.string(),
          summary: z.string().nullable(),
          repoUrl: z.string().nullable(),
          demoUrl: z.string().nullable(),
          openSource: z.boolean(),
          track: z.string().nullable(),
          verified: z.boolean(),
        }),
      ),
      earnedCertifications: z.array(
        z.object({
          name: z.string(),
          issuer: z.string(),
          issuedOn: dateOutput.nullable(),
          expiresOn: dateOutput.nullable(),
          credentialUrl: z.string().nullable(),
          verified: z.boolean(),
        }),
      ),
    }),
    errors: [404, 422],
  }),
} satisfies Record<string, Operation>;
