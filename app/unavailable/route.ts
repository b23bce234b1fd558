import { safeCallbackUrl } from "@/lib/auth/redirect";

// Where pages send visitors while PostgreSQL is down (lib/unavailable.ts). A
// route handler, not a page, so it can answer 503: crawlers and monitors see the
// outage, and the screen needs neither the database nor JavaScript.
export const dynamic = "force-dynamic";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function GET(request: Request): Response {
  const from = safeCallbackUrl(new URL(request.url).searchParams.get("from"), "/dashboard");
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · Epoch</title>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; min-height: 100dvh; display: grid; place-items: center; padding: 1.5rem; box-sizing: border-box;
    font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    background: #fff; color: #18181b; }
  main { max-width: 28rem; padding: 1.5rem; border: 1px solid #e4e4e7; border-radius: 1rem; background: #fafafa; }
  .logo { display: flex; align-items: center; gap: .5rem; font-weight: 700; font-size: 1.125rem; margin-bottom: 1rem; }
  .mark { display: grid; place-items: center; width: 1.75rem; height: 1.75rem; border-radius: .375rem; background: #4f46e5; color: #fff; font-size: .875rem; }
  h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
  p { margin: 0 0 1rem; line-height: 1.5; color: #3f3f46; }
  a.retry { display: inline-block; padding: .625rem 1rem; border-radius: .5rem; background: #4f46e5; color: #fff; font-weight: 600; text-decoration: none; }
  a.retry:hover { background: #4338ca; }
  a:focus-visible { outline: 2px solid #6366f1; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    body { background: #09090b; color: #f4f4f5; }
    main { background: #18181b; border-color: #3f3f46; }
    p { color: #d4d4d8; }
  }
</style>
</head>
<body>
<main>
  <div class="logo"><span class="mark" aria-hidden="true">E</span>Epoch</div>
  <h1>Epoch is temporarily unavailable</h1>
  <p>We cannot reach our database right now. Nothing you saved is lost. Please try again in a minute.</p>
  <a class="retry" href="${escapeHtml(from)}">Try again</a>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": "30",
    },
  });
}
