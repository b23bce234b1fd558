import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { exportAccount, exportCsv } from "@/lib/portability/export";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.exportMe, async ({ actor, query }) => {
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.format === "csv") {
    const kind = query.kind ?? "activities";
    return new Response(await exportCsv(actor, kind), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="epoch-${kind}-${stamp}.csv"`,
      },
    });
  }
  return {
    body: await exportAccount(actor),
    headers: { "content-disposition": `attachment; filename="epoch-export-${stamp}.json"` },
  };
});

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
