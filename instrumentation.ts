export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertReadyToServe } = await import("./lib/startup");
  await assertReadyToServe();
}
