import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A GET with the path exactly as given: browsers and fetch() resolve dot segments and
 * backslashes before they send a request, an attacker's client does not.
 */
export function rawGet(baseURL: string, path: string, cookie = ""): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path, method: "GET", headers: cookie ? { cookie } : {} },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}
