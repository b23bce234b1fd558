// The app's own proxy (per-request CSP nonce), on /with-proxy only: what every page of the app pays.
export { proxy } from "../../proxy";
export const config = { matcher: ["/with-proxy"] };
