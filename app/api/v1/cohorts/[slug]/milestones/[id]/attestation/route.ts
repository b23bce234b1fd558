import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { setCohortMilestoneAttestation } from "@/lib/cohorts/milestone-mutations";
import { otherMethods } from "@/lib/api/methods";

export const PUT = apiRoute(
  operations.setCohortMilestoneAttestation,
  async ({ actor, params, body }) => ({
    body: await setCohortMilestoneAttestation(actor, params.slug, params.id, body.attested),
  }),
);

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
