import { describe, expect, it } from "vitest";
import { shardCountFor } from "./distribute";

describe("shardCountFor", () => {
  it("takes --shards first, then the cluster's configured citus.shard_count", () => {
    expect(shardCountFor({ asked: 64, configured: 16, workers: 2 })).toBe(64);
    expect(shardCountFor({ configured: 16, workers: 2 })).toBe(16);
  });

  it("else gives 4 a worker, and never fewer than 4", () => {
    expect(shardCountFor({ workers: 2 })).toBe(8);
    expect(shardCountFor({ workers: 5 })).toBe(20);
    expect(shardCountFor({ workers: 0 })).toBe(4);
  });
});
