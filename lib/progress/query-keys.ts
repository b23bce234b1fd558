/** React Query key of GET /api/v1/me/progress, shared by the server prefetch and the client. */
export const PROGRESS_QUERY_KEY = ["me", "progress"] as const;
