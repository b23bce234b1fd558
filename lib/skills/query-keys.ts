/** React Query keys shared by server prefetch and client components. */
export const SKILLS_QUERY_KEY = ["me", "skills"] as const;
