// Any origin will do: the value is only resolved against it to see whether it stays there.
const HERE = new URL("http://epoch.invalid");
// Control, format (zero-width, bidi), separator and other invisible characters, and any
// whitespace: the URL parser drops tabs and newlines (so "/\t/evil.example" becomes
// "//evil.example"), and a Location header with them answers 500.
const INVISIBLE = /[\p{C}\p{Z}\s]/u;

/**
 * Only same-site paths: a callback URL must not send people elsewhere after sign-in.
 * The value must be a path ("/" not followed by "/" or "\"), free of invisible characters,
 * and still on our origin once the URL parser has resolved it; the answer is that resolved
 * path, re-serialized, so it is safe to put in a Location header as it is.
 */
export function safeCallbackUrl(value: unknown, fallback = "/dashboard"): string {
  if (
    typeof value !== "string" ||
    !/^\/(?![/\\])/.test(value) ||
    value.includes("\\") ||
    INVISIBLE.test(value)
  ) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can resolve "/.//evil.example" to "//evil.example", which is another host.
  return /^\/(?![/\\])/.test(path) ? path : fallback;
}
