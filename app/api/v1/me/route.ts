import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { deleteAccount, getMe, updateMe } from "@/lib/users/accounts";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getMe, async ({ actor }) => ({ body: await getMe(actor) }));

export const PATCH = apiRoute(operations.updateMe, async ({ actor, body }) => ({
  body: await updateMe(actor, body),
}));

export const DELETE = apiRoute(operations.deleteMe, async ({ actor, body }) => {
  await deleteAccount(actor, body.password);
  return { status: 204 };
});

export const { HEAD, POST, PUT, OPTIONS } = otherMethods({ GET, PATCH, DELETE });
