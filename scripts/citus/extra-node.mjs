// One more PostgreSQL server with citus, started apart from the cluster of ./cluster.mjs and
// registered nowhere: a test adds it to its own database only (with citus_add_node there), so
// the other databases of the cluster never learn of it. Its data is in a temporary folder that
// stopExtraNode removes. Used by scripts/citus/rebalance.citus.test.ts.
import { spawn } from "node:child_process";
import { appendFileSync, chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ClusterError, clusterConfig, postgresInstall, serverSettings } from "./cluster.mjs";

const HOST = "127.0.0.1";

/** Whether nothing listens on `port` of 127.0.0.1 (a listen there succeeds). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from` on, trying `tries` ports. */
export async function freePort(from, { tries = 50, isFree = portIsFree } = {}) {
  for (let port = from; port < from + tries && port < 65536; port++) {
    if (await isFree(port)) return port;
  }
  throw new ClusterError(`No free port on ${HOST} among ${from}–${from + tries - 1}.`);
}

/**
 * Runs initdb or pg_ctl; as root as the postgres user, which PostgreSQL requires. Asynchronous,
 * so that a test's requests go on being served while the node starts.
 */
function serverTool(config, bin, tool, args) {
  const executable = path.join(bin, tool);
  const [command, argv] = config.isRoot
    ? ["runuser", ["-u", "postgres", "--", executable, ...args]]
    : [executable, args];
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, argv, { cwd: os.tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolve({ ok: false, output: error.message }));
    child.once("close", (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}

function logTail(file) {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-5).join("\n");
  } catch {
    return "";
  }
}

/**
 * Initialises and starts a server on `port` (127.0.0.1, trust auth, citus preloaded, wal_level
 * logical: the settings of the cluster's nodes) in a new temporary folder. Answers the node, to
 * pass to stopExtraNode.
 */
export async function startExtraNode(port, { config = clusterConfig(), log = () => {} } = {}) {
  const { bin } = postgresInstall();
  if (!(await portIsFree(port))) throw new ClusterError(`Port ${port} on ${HOST} is in use.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), `epoch-citus-extra-${port}-`));
  if (config.isRoot) chownSync(dir, config.pgUser.uid, config.pgUser.gid);
  const node = { host: HOST, port, dir, data: path.join(dir, "data"), log: path.join(dir, "log") };
  try {
    log(`Initialising an extra Citus node on port ${port} in ${node.data}…`);
    const init = await serverTool(config, bin, "initdb", [
      ...["-D", node.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"],
    ]);
    if (!init.ok) throw new ClusterError(`initdb failed for ${node.data}: ${init.output}`);
    appendFileSync(path.join(node.data, "postgresql.conf"), serverSettings(port));
    const start = await serverTool(config, bin, "pg_ctl", [
      ...["start", "-D", node.data, "-l", node.log, "-w", "-t", "120"],
    ]);
    if (!start.ok) {
      throw new ClusterError(
        `The extra Citus node on port ${port} did not start:\n${logTail(node.log) || start.output}`,
      );
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return node;
}

/** Stops the node (if it runs) and removes its folder. */
export async function stopExtraNode(node, { config = clusterConfig() } = {}) {
  const { bin } = postgresInstall();
  const status = await serverTool(config, bin, "pg_ctl", ["status", "-D", node.data]);
  if (status.ok) {
    const stop = await serverTool(config, bin, "pg_ctl", [
      "stop",
      "-D",
      node.data,
      "-m",
      "fast",
      "-w",
    ]);
    if (!stop.ok) {
      throw new ClusterError(
        `The extra Citus node on port ${node.port} did not stop: ${stop.output}`,
      );
    }
  }
  rmSync(node.dir, { recursive: true, force: true });
}
