import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { databaseIsUp } from "@/lib/health";
import { otherMethods } from "@/lib/api/methods";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.health, async () => {
  const up = await databaseIsUp();
  return { status: up ? 200 : 503, body: { ok: up, db: up ? "up" : "down" } };
});

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
