import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getNote, putNote } from "@/lib/notes/notes";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getNote, async ({ actor, params }) => ({
  body: await getNote(actor, params.subjectType, params.subjectId),
}));

export const PUT = apiRoute(operations.putNote, async ({ actor, params, body }) => ({
  body: await putNote(actor, params.subjectType, params.subjectId, body.body),
}));

export const { HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
