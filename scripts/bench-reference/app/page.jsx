import { auth } from "../auth";
import { nameOf } from "../db";

export default async function ReferencePage() {
  const session = await auth();
  return <p>Hello, {(await nameOf(session?.user?.id)) ?? "stranger"}</p>;
}
