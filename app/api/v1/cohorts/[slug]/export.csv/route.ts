import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { cohortCsv } from "@/lib/cohorts/dashboard";

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
