/** Only same-site paths: a callback URL must not send people elsewhere after sign-in. */
export function safeCallbackUrl(value: unknown, fallback = "/dashboard"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\")
  ) {
    return fallback;
  }
  return value;
}
