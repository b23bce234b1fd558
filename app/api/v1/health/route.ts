import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute(operations.health, async () => {
  const up = await databaseIsUp();
  return { status: up ? 200 : 503, body: { ok: up, db: up ? "up" : "down" } };
});
