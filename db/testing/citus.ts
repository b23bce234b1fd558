import postgres from "postgres";
import { urlForDatabase } from "./databases";

/**
 * Test databases on a Citus cluster: Citus keeps its metadata per database, so a test file's
 * database is made on the coordinator and on every worker, with the extension on each and the
 * workers registered on the coordinator. The workers are the ones registered in the database the
 * server URL names (the cluster's own `postgres` database).
 */
type Node = { host: string; port: number };

/** The advisory lock key under which test databases register their workers one at a time. */
const ADD_NODE_TURN = 0x45_50_4f_43; // "EPOC"

async function withConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const nodeUrl = (baseUrl: string, node: Node, database: string) => {
  const url = new URL(urlForDatabase(baseUrl, database));
  url.hostname = node.host;
  url.port = String(node.port);
  return url.toString();
};

async function clusterNodes(serverUrl: string): Promise<{ coordinator: Node; workers: Node[] }> {
  const url = new URL(serverUrl);
  const coordinator = { host: url.hostname, port: Number(url.port || 5432) };
  const workers = await withConnection(
    serverUrl,
    (sql) =>
      sql<{ host: string; port: number }[]>`
      select nodename as host, nodeport as port from pg_dist_node
       where groupid <> 0 and noderole = 'primary' and isactive order by nodeport`,
  );
  if (workers.length === 0)
    throw new Error(`No Citus workers are registered at ${serverUrl}: start the cluster first.`);
  return { coordinator, workers: workers.map((w) => ({ host: w.host, port: w.port })) };
}

export async function createCitusDatabase(serverUrl: string, name: string): Promise<string> {
  const { coordinator, workers } = await clusterNodes(serverUrl);
  for (const node of [coordinator, ...workers]) {
    await withConnection(nodeUrl(serverUrl, node, "postgres"), (sql) =>
      sql.unsafe(`create database "${name}"`),
    );
    await withConnection(nodeUrl(serverUrl, node, name), (sql) =>
      sql.unsafe("create extension if not exists citus"),
    );
  }
  const url = nodeUrl(serverUrl, coordinator, name);
  // Registering the workers copies the cluster-wide objects (the role) to each of them: two
  // databases doing it at once collide in a worker's catalog ("tuple concurrently updated",
  // failing citus_add_node), so test files set up in parallel take turns, by an advisory lock in
  // the server's own database. Closing the connection releases it.
  await withConnection(serverUrl, async (turn) => {
    await turn`select pg_advisory_lock(${ADD_NODE_TURN})`;
    await withConnection(url, async (sql) => {
      await sql`select citus_set_coordinator_host(${coordinator.host}, ${coordinator.port})`;
      for (const worker of workers)
        await sql`select citus_add_node(${worker.host}, ${worker.port})`;
    });
  });
  return url;
}

export async function dropCitusDatabase(serverUrl: string, name: string): Promise<void> {
  const { coordinator, workers } = await clusterNodes(serverUrl);
  for (const node of [coordinator, ...workers])
    await withConnection(nodeUrl(serverUrl, node, "postgres"), (sql) =>
      sql.unsafe(`drop database if exists "${name}" with (force)`),
    );
}
