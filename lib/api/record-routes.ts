import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from "../records/crud";
import { RECORD_KINDS, type RecordKindKey } from "../records/kinds";
import { apiRoute } from "./handler";
import { RECORD_OPERATIONS } from "./operations";

/** The route handlers of one kind of learner record; the route files only re-export them. */
export function recordRouteHandlers(key: RecordKindKey) {
  const kind = RECORD_KINDS[key];
  const ops = RECORD_OPERATIONS[key];
  return {
    list: apiRoute(ops.list, async ({ actor, query }) => ({
      body: await listRecords(kind, actor, query),
    })),
    create: apiRoute(ops.create, async ({ actor, body }) => {
      const { created, record } = await createRecord(kind, actor, body);
      return { status: created ? 201 : 200, body: record };
    }),
    get: apiRoute(ops.get, async ({ actor, params }) => ({
      body: await getRecord(kind, actor, params.id),
    })),
    update: apiRoute(ops.update, async ({ actor, params, body }) => ({
      body: await updateRecord(kind, actor, params.id, body),
    })),
    remove: apiRoute(ops.remove, async ({ actor, params }) => {
      await deleteRecord(kind, actor, params.id);
      return { status: 204 };
    }),
  };
}
