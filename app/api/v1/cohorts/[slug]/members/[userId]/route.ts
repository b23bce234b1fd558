import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { changeMemberRole, removeMember } from "@/lib/cohorts/members";
import { otherMethods } from "@/lib/api/methods";

export const DELETE = apiRoute(operations.removeCohortMember, async ({ actor, params }) => {
  await removeMember(actor, params.slug, params.userId);
  return { status: 204 };
});

export const PATCH = apiRoute(
  operations.changeCohortMemberRole,
  async ({ actor, params, body }) => ({
    body: await changeMemberRole(actor, params.slug, params.userId, body),
  }),
);

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
