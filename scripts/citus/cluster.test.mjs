import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  ClusterError,
  DEFAULT_PORTS,
  chooseDataDir,
  newestMajor,
  parsePorts,
  postgresInstall,
  serverSettings,
} from "./cluster.mjs";

describe("parsePorts", () => {
  it("defaults to 9800 for the coordinator and 9801, 9802 for the workers", () => {
    expect(parsePorts(undefined)).toEqual([9800, 9801, 9802]);
    expect(parsePorts("  ")).toBe(DEFAULT_PORTS);
  });

  it("reads ports separated by spaces or commas, the coordinator's first", () => {
    expect(parsePorts("9810 9811,9812")).toEqual([9810, 9811, 9812]);
    expect(parsePorts("6000 6001")).toEqual([6000, 6001]);
  });

  it("refuses no worker, repeated ports and what is not a port", () => {
    for (const text of ["9800", "9800 9800", "9800 x", "9800 70000", "9800 98.5"]) {
      expect(() => parsePorts(text)).toThrow(ClusterError);
    }
  });
});

describe("newestMajor", () => {
  it("compares majors as numbers, old two-part ones included", () => {
    expect(newestMajor(["9.6", "15", "13"])).toBe("15");
    expect(newestMajor(["9.6", "10"])).toBe("10");
    expect(newestMajor(["common", "17", "16"])).toBe("17");
    expect(newestMajor([])).toBeUndefined();
  });
});

describe("chooseDataDir", () => {
  const base = {
    env: {},
    projectRoot: "/srv/epoch",
    isRoot: true,
    postgresCanReach: () => true,
    tmpdir: "/tmp",
  };

  it("keeps the data in .citus/ of the project when the servers' user can reach it", () => {
    expect(chooseDataDir(base)).toEqual({ dir: "/srv/epoch/.citus", shared: false });
    expect(chooseDataDir({ ...base, isRoot: false, postgresCanReach: () => false })).toEqual({
      dir: "/srv/epoch/.citus",
      shared: false,
    });
  });

  it("as root in a project the postgres user cannot enter: a folder per checkout in tmp", () => {
    const a = chooseDataDir({ ...base, postgresCanReach: () => false });
    const b = chooseDataDir({ ...base, projectRoot: "/srv/other", postgresCanReach: () => false });
    expect(a.shared).toBe(true);
    expect(a.dir).toMatch(/^\/tmp\/epoch-citus-[0-9a-f]{12}$/);
    expect(b.dir).not.toBe(a.dir);
  });

  it("uses CITUS_DIR when set", () => {
    expect(chooseDataDir({ ...base, env: { CITUS_DIR: "/data/citus" } })).toEqual({
      dir: "/data/citus",
      shared: false,
    });
  });
});

describe("serverSettings", () => {
  it("preloads citus, allows moving shards under writes, and listens on the port, TCP only", () => {
    const settings = serverSettings(9801);
    expect(settings).toContain("shared_preload_libraries = 'citus'");
    expect(settings).toContain("wal_level = logical");
    // Off, a shard move can drop a write acknowledged just before it blocks writes.
    expect(settings).toContain("synchronous_commit = on");
    expect(settings).not.toContain("synchronous_commit = off");
    expect(settings).toContain("max_connections = 200");
    expect(settings).toContain("port = 9801");
    expect(settings).toContain("listen_addresses = '127.0.0.1'");
  });
});

describe("postgresInstall", () => {
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("says so when the newest PostgreSQL has no citus, and answers its binaries when it has", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "epoch-citus-test-"));
    for (const major of ["13", "16"]) {
      mkdirSync(path.join(dir, major, "bin"), { recursive: true });
      mkdirSync(path.join(dir, major, "lib"));
      writeFileSync(path.join(dir, major, "bin", "pg_ctl"), "");
    }
    writeFileSync(path.join(dir, "13", "lib", "citus.so"), "");
    expect(() => postgresInstall({ debian: dir })).toThrow(
      /^Citus is not installed in this PostgreSQL: .*\/16\/lib\/citus\.so is missing/,
    );
    writeFileSync(path.join(dir, "16", "lib", "citus.so"), "");
    expect(postgresInstall({ debian: dir })).toEqual({ bin: path.join(dir, "16", "bin") });
  });
});
