export const SIGNED_IN_AREAS: readonly { href: string; label: string; nav: boolean }[];
export const OPEN_IN_AREAS: RegExp;
