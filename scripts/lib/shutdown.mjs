// Stopping an HTTP server without cutting anyone off, and without serving on forever.
// Node's server.close() refuses new connections and closes the keep-alive connections that
// are idle at that moment, but a connection busy then stays open once its answer is sent and
// goes on serving a client that keeps sending requests on it.

/**
 * @param {import("node:http").Server} server
 * @param {{ deadlineMs?: number }} [options]
 */
export function gracefulShutdown(server, { deadlineMs = 10_000 } = {}) {
  /** @type {Set<import("node:http").ServerResponse>} */
  const inFlight = new Set();
  /** @type {Promise<void> | undefined} */
  let closed;

  return {
    /** Call first thing for every request: answers given while stopping close their connection. */
    track(_req, res) {
      if (closed) res.setHeader("Connection", "close");
      inFlight.add(res);
      res.once("close", () => inFlight.delete(res));
    },
    /**
     * Refuses new connections; every answer from now on says `Connection: close`, idle
     * connections close as they become idle, and whatever is still open after `deadlineMs`
     * is cut. Resolves once the server has closed.
     */
    close() {
      if (closed) return closed;
      closed = new Promise((resolve) => server.close(() => resolve()));
      for (const res of inFlight) {
        if (!res.headersSent) res.setHeader("Connection", "close");
        else res.once("finish", () => res.socket?.end());
      }
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
      void closed.finally(() => {
        clearInterval(sweep);
        clearTimeout(deadline);
      });
      return closed;
    },
  };
}
