import postgres from "postgres";

/** One indexed query: the signed-in user's name by primary key. */
const sql = (globalThis.referenceSql ??= postgres(process.env.DATABASE_URL, { max: 10 }));
export const nameOf = async (id) =>
  id ? (await sql`select name from users where id = ${id}`)[0]?.name : undefined;
