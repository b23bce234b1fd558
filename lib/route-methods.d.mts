export type RouteMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
export const ROUTE_METHODS: readonly RouteMethod[];
export const UNROUTABLE_METHOD_HEADER: "x-unroutable-method";
