import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getRoadmap } from "@/lib/roadmap/queries";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.roadmap, async () => ({ body: await getRoadmap() }));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
