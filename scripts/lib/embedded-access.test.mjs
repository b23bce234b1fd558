import { describe, expect, it } from "vitest";
import { isSafeSharedDir, planEmbeddedServer, sharedDirFor } from "./embedded-access.mjs";

const base = {
  isRoot: true,
  binariesReachable: true,
  dataDirReachable: true,
  dataDir: "/root/app/.data/pg",
  dataDirChosen: false,
  sharedDir: "/var/tmp/epoch-embedded-pg-abc",
};

describe("planEmbeddedServer", () => {
  it("runs from the project when not root, or when the postgres user reaches everything", () => {
    expect(planEmbeddedServer({ ...base, isRoot: false, binariesReachable: false })).toEqual({
      kind: "in-place",
    });
    expect(planEmbeddedServer(base)).toEqual({ kind: "in-place" });
  });

  it("as root in a folder others cannot enter: binaries and data kept in the shared folder", () => {
    expect(
      planEmbeddedServer({ ...base, binariesReachable: false, dataDirReachable: false }),
    ).toEqual({
      kind: "relocate",
      copyBinaries: true,
      dataDir: "/var/tmp/epoch-embedded-pg-abc/pg",
    });
  });

  it("keeps a reachable data folder where it is, copying only what cannot be reached", () => {
    expect(
      planEmbeddedServer({
        ...base,
        binariesReachable: false,
        dataDir: "/srv/pg",
        dataDirChosen: true,
      }),
    ).toEqual({ kind: "relocate", copyBinaries: true, dataDir: "/srv/pg" });
    expect(planEmbeddedServer({ ...base, dataDirReachable: false })).toEqual({
      kind: "relocate",
      copyBinaries: false,
      dataDir: "/var/tmp/epoch-embedded-pg-abc/pg",
    });
  });

  it("stops with one sentence when the chosen EMBEDDED_PG_DIR cannot be reached", () => {
    const plan = planEmbeddedServer({
      ...base,
      binariesReachable: false,
      dataDirReachable: false,
      dataDir: "/root/secret/pg",
      dataDirChosen: true,
    });
    expect(plan.kind).toBe("refuse");
    expect(plan.message).toContain("/root/secret/pg");
    expect(plan.message).toMatch(/DATABASE_URL/);
    expect(plan.message.split(/(?<=\.) /)).toHaveLength(1);
  });
});

describe("the shared folder", () => {
  it("is one per checkout, under /var/tmp", () => {
    expect(sharedDirFor("/root/a")).toMatch(/^\/var\/tmp\/epoch-embedded-pg-[0-9a-f]{12}$/);
    expect(sharedDirFor("/root/a")).toBe(sharedDirFor("/root/a"));
    expect(sharedDirFor("/root/a")).not.toBe(sharedDirFor("/root/b"));
  });

  it("is used only when root made it and no one else may write to it", () => {
    const stat = (over) => ({
      isDirectory: () => true,
      isSymbolicLink: () => false,
      uid: 0,
      mode: 0o40755,
      ...over,
    });
    expect(isSafeSharedDir(stat({}))).toBe(true);
    expect(isSafeSharedDir(stat({ uid: 1000 }))).toBe(false);
    expect(isSafeSharedDir(stat({ mode: 0o40777 }))).toBe(false);
    expect(isSafeSharedDir(stat({ mode: 0o40775 }))).toBe(false);
    expect(isSafeSharedDir(stat({ isSymbolicLink: () => true, isDirectory: () => false }))).toBe(
      false,
    );
  });
});
