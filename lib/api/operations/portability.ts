import { z } from "zod";
import { exportDocument, exportDocumentOutput } from "../../portability/document";
import { deleteAccountInput } from "../../users/schemas";
import { op, type Operation } from "./operation";

/** Everything the caller owns, as a whole: take it out, bring it in, erase it. */
export const portabilityOperations = {
  exportMe: op({
    method: "GET",
    path: "/api/v1/me/export",
    summary: "Everything you own as one JSON document, or one kind as CSV (?format=csv&kind=…)",
    tag: "Accounts",
    auth: "user",
    query: z.object({
      format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
      kind: z
        .enum(["skills", "activities", "certifications", "projects", "papers", "events"], {
          error: "must be skills, activities, certifications, projects, papers or events",
        })
        .optional(),
    }),
    response: exportDocumentOutput,
    csvResponse: {
      description: "With ?format=csv: one kind (`kind`) as CSV with a header row",
    },
    errors: [401, 422],
  }),
  importMe: op({
    method: "POST",
    path: "/api/v1/me/import",
    summary:
      "Read an export document into your account (ids are kept; importing twice adds nothing)",
    tag: "Accounts",
    auth: "user",
    body: exportDocument,
    // How many of each were added (0 on a re-import), and the same in words.
    response: z.object({
      activities: z.number().int(),
      certifications: z.number().int(),
      projects: z.number().int(),
      papers: z.number().int(),
      events: z.number().int(),
      skills: z.number().int(),
      skillHistory: z.number().int(),
      notes: z.number().int(),
      resources: z.number().int(),
      message: z.string(),
    }),
    errors: [400, 401, 413, 422],
    maxBodyBytes: 50 * 1024 * 1024,
  }),
  deleteMe: op({
    method: "DELETE",
    path: "/api/v1/me",
    summary:
      "Delete your account and everything it owns (asks for the password; an account with none answers 422: set one first with a reset link)",
    tag: "Accounts",
    auth: "user",
    body: deleteAccountInput,
    status: 204,
    errors: [400, 401, 413, 422],
  }),
} satisfies Record<string, Operation>;
