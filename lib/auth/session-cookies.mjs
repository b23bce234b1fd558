// The names of the Auth.js session cookie, written once. Auth.js picks them itself (lib/auth/config.ts
// sets none): `__Secure-` in front when the site is served over https, none otherwise. Plain
// JavaScript so that scripts/lib/page-front.mjs, which runs outside Next.js, reads the same names as
// lib/auth/session-reader.ts; session-cookies.d.mts gives TypeScript its types.

export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";
export const SESSION_COOKIE = "authjs.session-token";

/** Both, the secure one first: a session cookie is read under these names and no other. */
export const SESSION_COOKIE_NAMES = Object.freeze([SECURE_SESSION_COOKIE, SESSION_COOKIE]);
