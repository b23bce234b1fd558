import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getPublicProfile } from "@/lib/profiles/public";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.publicProfile, async ({ actor, params }) => ({
  body: await getPublicProfile(actor, params.slug),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
