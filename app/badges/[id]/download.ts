import { errorResponse } from "@/lib/api/handler";
import { getPublicBadge } from "@/lib/badges/badges";
import { AppError } from "@/lib/errors";

/**
 * A badge's raw credential as a file: the JSON (`credential.json`) or the VC-JWT
 * (`credential.jwt`). Public, like the verification page; no-store, as a revocation shows at once.
 */
export async function downloadBadge(
  params: Promise<{ id: string }>,
  as: "json" | "jwt",
): Promise<Response> {
  const { id } = await params;
  try {
    const badge = await getPublicBadge(id);
    const body = as === "json" ? JSON.stringify(badge.credential, null, 2) + "\n" : badge.jwt;
    return new Response(body, {
      headers: {
        "Content-Type": as === "json" ? "application/ld+json; charset=utf-8" : "application/jwt",
        "Content-Disposition": `attachment; filename="epoch-badge-${id}.${as}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
}
