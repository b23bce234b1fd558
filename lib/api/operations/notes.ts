import { z } from "zod";
import { listQuery, pageOf } from "../../pagination";
import {
  noteInput,
  noteOutput,
  resourceCreate,
  resourceOutput,
  resourcePatch,
  sharedResourceOutput,
  subjectParams,
} from "../../notes/schemas";
import { idParams, op, type Operation } from "./operation";

const tag = "Notes and resources";

/**
 * A learner's private notes and resource links on milestones and skills, and what a coach
 * sees of them: only resources the mentee shared (docs/DECISIONS.md, "Notes and resources").
 */
export const noteOperations = {
  getNote: op({
    method: "GET",
    path: "/api/v1/me/notes/{subjectType}/{subjectId}",
    summary: "Your note on a milestone (uuid) or skill (slug); an empty body when there is none",
    tag,
    auth: "user",
    params: subjectParams,
    response: noteOutput,
    errors: [401, 404, 422],
  }),
  putNote: op({
    method: "PUT",
    path: "/api/v1/me/notes/{subjectType}/{subjectId}",
    summary: "Write your note (Markdown, up to 20,000 characters; a blank body removes it)",
    tag,
    auth: "user",
    params: subjectParams,
    body: noteInput,
    response: noteOutput,
    errors: [400, 401, 404, 413, 422],
  }),
  listResources: op({
    method: "GET",
    path: "/api/v1/me/resources",
    summary: "List your resource links, newest first",
    tag,
    auth: "user",
    query: listQuery,
    response: pageOf(resourceOutput),
    errors: [401, 422],
  }),
  createResource: op({
    method: "POST",
    path: "/api/v1/me/resources",
    summary:
      "Add a resource link to a milestone or skill (idempotent with a client-chosen id: a repeat answers 200)",
    tag,
    auth: "user",
    body: resourceCreate,
    response: resourceOutput,
    status: 201,
    repeatStatus: 200,
    errors: [400, 401, 409, 413, 422],
  }),
  getResource: op({
    method: "GET",
    path: "/api/v1/me/resources/{id}",
    summary: "One resource link",
    tag,
    auth: "user",
    params: idParams,
    response: resourceOutput,
    errors: [401, 404, 422],
  }),
  updateResource: op({
    method: "PATCH",
    path: "/api/v1/me/resources/{id}",
    summary: "Change fields of a resource link (done, shared with your coach, …)",
    tag,
    auth: "user",
    params: idParams,
    body: resourcePatch,
    response: resourceOutput,
    errors: [400, 401, 404, 413, 422],
  }),
  deleteResource: op({
    method: "DELETE",
    path: "/api/v1/me/resources/{id}",
    summary: "Delete a resource link",
    tag,
    auth: "user",
    params: idParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  menteeResources: op({
    method: "GET",
    path: "/api/v1/mentees/{userId}/resources",
    summary:
      "The resource links a mentee shared with you, newest first; 404 unless you actively coach them",
    tag,
    auth: "user",
    params: z.object({ userId: z.uuid({ error: "must be a UUID" }) }),
    query: listQuery,
    response: pageOf(sharedResourceOutput),
    errors: [401, 404, 422],
  }),
} satisfies Record<string, Operation>;
