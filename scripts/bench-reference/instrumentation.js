// The reference page's own, empty: without it, Next.js builds in the app's instrumentation.ts from
// the workspace root, whose start-up checks (lib/startup.ts) are not the reference's to run.
export function register() {}
