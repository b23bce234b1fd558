/**
 * A seam for the API tests: when set, apiRoute hands it a copy of every answer, and the tests'
 * observer checks it against the OpenAPI document (lib/api/testing/response-contract.ts). Unset in the
 * app, where it costs one null check per request. No imports, so installing it loads nothing.
 */
export type ResponseObserver = (
  operation: { method: string; path: string },
  response: Response,
) => Promise<void>;

let observer: ResponseObserver | null = null;

export const responseObserver = () => observer;

export function observeApiResponses(next: ResponseObserver | null) {
  observer = next;
}
