import { z } from "zod";
import { listQuery, pageOf } from "../../pagination";
import { RECORD_KINDS, withArticle, type RecordKind } from "../../records/kinds";
import { isVerifiable } from "../../records/verification";
import { idParams, op, type Operation } from "./operation";

const recordVerification = {
  verified: z.boolean(),
  verifiedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  verifiedAt: z.iso.datetime().nullable(),
};

/** The five operations of one kind of learner record, under /api/v1/me/<kind>. */
function recordOperations<K extends RecordKind>(kind: K) {
  const base = `/api/v1/me/${kind.key}`;
  const tag = "Learner records";
  // Projects and certifications carry their coach verification (read-only: not in the body).
  // A named component of the OpenAPI document: Activity, Certification, Project, Paper, Event.
  const item = (isVerifiable(kind.key) ? kind.output.extend(recordVerification) : kind.output).meta(
    { id: kind.title },
  );
  return {
    list: op({
      method: "GET",
      path: base,
      summary: `List your ${kind.key}, newest first`,
      tag,
      auth: "user",
      query: listQuery,
      response: pageOf(item),
      errors: [401, 422],
    }),
    create: op({
      method: "POST",
      path: base,
      summary: `Record ${withArticle(kind.singular)} (idempotent with a client-chosen id: a repeat answers 200)`,
      tag,
      auth: "user",
      body: kind.create as K["create"],
      response: item,
      status: 201,
      repeatStatus: 200,
      errors: [400, 401, 409, 413, 422],
    }),
    get: op({
      method: "GET",
      path: `${base}/{id}`,
      summary: `One ${kind.singular}`,
      tag,
      auth: "user",
      params: idParams,
      response: item,
      errors: [401, 404, 422],
    }),
    update: op({
      method: "PATCH",
      path: `${base}/{id}`,
      summary: `Change fields of ${withArticle(kind.singular)}`,
      tag,
      auth: "user",
      params: idParams,
      body: kind.patch as K["patch"],
      response: item,
      errors: [400, 401, 404, 413, 422],
    }),
    remove: op({
      method: "DELETE",
      path: `${base}/{id}`,
      summary: `Delete ${withArticle(kind.singular)}`,
      tag,
      auth: "user",
      params: idParams,
      status: 204,
      errors: [401, 404, 422],
    }),
  };
}

export const RECORD_OPERATIONS = {
  activities: recordOperations(RECORD_KINDS.activities),
  certifications: recordOperations(RECORD_KINDS.certifications),
  projects: recordOperations(RECORD_KINDS.projects),
  papers: recordOperations(RECORD_KINDS.papers),
  events: recordOperations(RECORD_KINDS.events),
};

/** The same operations under one name each (listActivities, createProjects, …). */
export const recordOperationList = Object.fromEntries(
  Object.entries(RECORD_OPERATIONS).flatMap(([kind, ops]) =>
    Object.entries(ops).map(([verb, o]) => [`${verb}${kind[0]!.toUpperCase()}${kind.slice(1)}`, o]),
  ),
) as Record<string, Operation>;
