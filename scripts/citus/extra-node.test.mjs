import net from "node:net";
import { describe, expect, it } from "vitest";
import { ClusterError } from "./cluster.mjs";
import { freePort, portIsFree } from "./extra-node.mjs";

describe("freePort", () => {
  it("answers the first port found free from the one given", async () => {
    const taken = new Set([9803, 9804]);
    const isFree = async (port) => !taken.has(port);
    expect(await freePort(9803, { isFree })).toBe(9805);
    expect(await freePort(9806, { isFree })).toBe(9806);
  });

  it("gives up after the ports it may try", async () => {
    const isFree = async () => false;
    await expect(freePort(9803, { tries: 3, isFree })).rejects.toThrow(ClusterError);
    await expect(freePort(9803, { tries: 3, isFree })).rejects.toThrow(/9803–9805/);
  });
});

describe("portIsFree", () => {
  it("tells a port something listens on from a free one", async () => {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address();
    try {
      expect(await portIsFree(port)).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await portIsFree(port)).toBe(true);
  });
});
