import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { registerUser } from "@/lib/users/accounts";

export const POST = apiRoute(operations.register, async ({ body }) => ({
  status: 201,
  body: { user: await registerUser(body) },
}));
