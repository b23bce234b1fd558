"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { markRead } from "@/lib/notifications/notifications";

export const markAllReadAction = validatedAction(z.object({}), async (_i, { actor }) => {
  await markRead(actor);
  // The bell's count is in the layout of every page.
  revalidatePath("/", "layout");
  return { ok: true, message: "All caught up." };
});
