export const SECURE_SESSION_COOKIE: string;
export const SESSION_COOKIE: string;
export const SESSION_COOKIE_NAMES: readonly string[];
