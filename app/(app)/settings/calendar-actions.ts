"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { rotateCalendarFeed } from "@/lib/calendar/feeds";
import { feedOriginOf } from "@/lib/calendar/http";

// Settings, "Calendar feed": a new secret URL; the old one stops at once (docs/DECISIONS.md,
// "Calendar feed").
export const resetCalendarFeedAction = validatedAction(z.object({}), async (_input, { actor }) => {
  const { url } = await rotateCalendarFeed(actor, feedOriginOf(await headers()));
  revalidatePath("/settings");
  return {
    ok: true,
    message: "New link made. The old one no longer works: subscribe again with this one.",
    data: { url },
  };
});
