import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { importInvitations, listInvitations } from "@/lib/cohorts/invitations";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(
  operations.importCohortInvitations,
  async ({ actor, params, body, text, request }) => ({
    body: await importInvitations(
      actor,
      params.slug,
      text === null ? { emails: body.emails } : { csv: text },
      linkOrigin(request.headers, request.url),
    ),
  }),
);

export const GET = apiRoute(
  operations.listCohortInvitations,
  async ({ actor, params, query, request }) => ({
    body: await listInvitations(
      actor,
      params.slug,
      query,
      linkOrigin(request.headers, request.url),
    ),
  }),
);

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
