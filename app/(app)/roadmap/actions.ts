"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { updateMe } from "@/lib/users/accounts";
import { profileFields } from "@/lib/users/schemas";

export const chooseTrackAction = validatedAction(
  z.object({ targetTrack: z.preprocess((v) => (v === "" ? null : v), profileFields.targetTrack) }),
  async ({ targetTrack }, { actor }) => {
    await updateMe(actor, { targetTrack });
    revalidatePath("/roadmap");
    revalidatePath("/dashboard");
    return { ok: true, message: targetTrack ? "Target track saved." : "Target track cleared." };
  },
);
