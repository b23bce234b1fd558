import { isServer, QueryClient } from "@tanstack/react-query";

/** A new client per request on the server; one shared client in the browser. */
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data the server prefetched is fresh on arrival: no refetch on hydrate.
      queries: { staleTime: 60_000 },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
