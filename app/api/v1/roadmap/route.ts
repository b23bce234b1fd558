import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getRoadmap } from "@/lib/roadmap/queries";

export const GET = apiRoute(operations.roadmap, async () => ({ body: await getRoadmap() }));
