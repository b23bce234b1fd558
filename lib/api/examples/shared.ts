/** What an example is: the request body (when the operation takes one) and the success answer. */
export type OperationExample = { request?: unknown; response?: unknown };

// Ids and times shared by the examples, so that related examples name the same things.
export const USER = "7d3f1c52-8a4b-4e6f-9c2d-1b5a7e9f3c41";
export const COACH = "2b8e4f17-6c3a-4d9e-8f1b-5a7c3e9d2b64";
export const PEER = "4a6d8f1b-2c3e-4f5a-9b7c-6e8d0a2c4f13";
export const RECORD = "0c9a6e3b-1f5d-4a8c-b7e2-4d6f8a1c3e59";
export const MILESTONE = "5e1b7c9a-3d2f-4b6e-8a4c-9f7d1e3b5a28";
export const PYTHON_MILESTONE = "8c2e4a6f-0b1d-4c3e-a5f7-1b3d5f7a9c26";
export const QUEUED_REVIEW = "e7a9c1b3-5d6f-4a8b-9c0d-3e5f7a9b1c48";
export const INVITATION = "b3f5a7c9-1d2e-4f6a-8b0c-2d4e6f8a0b17";
export const NEXT_PAGE = "eyJhdCI6IjIwMjYtMDMtMTRUMDk6MzA6MDAuMDAwWiJ9";
export const ITEM = "9a4c2e6f-8b1d-4f3a-a5c7-3e9b1d7f5a62";
export const CREATED = "2026-03-14T09:30:00.000Z";
export const UPDATED = "2026-03-15T18:05:12.000Z";
export const WEBHOOK_EVENTS = ["tier.reached", "badge.issued"];
export const BADGE_URL = "https://epoch.example.com/badges/4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90";

export const stamps = { id: RECORD, createdAt: CREATED, updatedAt: UPDATED };
