import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { cohortCsv } from "@/lib/cohorts/dashboard";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(
  operations.cohortCsv,
  async ({ actor, params }) =>
    new Response(await cohortCsv(actor, params.slug), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="cohort-${params.slug}.csv"`,
      },
    }),
);

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
