export function normalizeAddress(value: unknown): string | undefined;
export function parseTrustedProxies(value: string | undefined): Set<string>;
export function clientAddress(input: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: Set<string>;
}): string;
export function forwardClientAddress(
  req: import("node:http").IncomingMessage,
  trustedProxies: Set<string>,
): void;
