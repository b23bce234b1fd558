/** In development a missing AUTH_SECRET is generated once and kept in .data/. */
export function developmentAuthSecret(): string;
