"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/app/components/use-hydrated";
import { api, unwrap, type ApiAnswer } from "@/lib/api/client";
import { PROGRESS_QUERY_KEY } from "@/lib/progress/query-keys";

type ProgressBody = ApiAnswer<"/api/v1/me/progress", "get">;

const fetchProgress = () => unwrap(api.GET("/api/v1/me/progress"));

/**
 * The milestones a learner checks off themselves. A check shows at once and
 * rolls back, with a message, if the server refuses; the tier above is then
 * recomputed on the server.
 */
export function AttestedMilestones() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: PROGRESS_QUERY_KEY, queryFn: fetchProgress });
  const [failure, setFailure] = useState<string | null>(null);
  const hydrated = useHydrated();
  // Shown at once, in the click's own render (query-cache updates land a tick later).
  const [optimistic, setOptimistic] = useState<Record<string, boolean>>({});

  const mutation = useMutation({
    mutationFn: ({ id, attested }: { id: string; attested: boolean }) =>
      unwrap(
        api.PUT("/api/v1/me/milestones/{milestoneId}/attestation", {
          params: { path: { milestoneId: id } },
          body: { attested },
        }),
      ),
    onMutate: async ({ id, attested }) => {
      setFailure(null);
      await queryClient.cancelQueries({ queryKey: PROGRESS_QUERY_KEY });
      const previous = queryClient.getQueryData<ProgressBody>(PROGRESS_QUERY_KEY);
      queryClient.setQueryData<ProgressBody>(
        PROGRESS_QUERY_KEY,
        (old) =>
          old && {
            ...old,
            milestones: old.milestones.map((m) =>
              m.id === id ? { ...m, attested, met: attested || m.verified } : m,
            ),
          },
      );
      return { previous };
    },
    onError: (error, { id }, context) => {
      if (context?.previous) queryClient.setQueryData(PROGRESS_QUERY_KEY, context.previous);
      const title =
        context?.previous?.milestones.find((m) => m.id === id)?.title ?? "the milestone";
      setFailure(`Could not save “${title}”: ${error.message} It is back as it was.`);
    },
    onSettled: (_data, _error, { id }) => {
      setOptimistic(({ [id]: _done, ...rest }) => rest);
    },
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: PROGRESS_QUERY_KEY });
      router.refresh();
    },
  });

  const attestable = (data?.milestones ?? []).filter((m) => m.kind === "attested");
  if (attestable.length === 0) return null;
  return (
    <div>
      <ul className="space-y-2">
        {attestable.map((m) => (
          <li key={m.id}>
            <label className="flex items-start gap-3 text-sm">
              <input
                type="checkbox"
                checked={m.verified || (optimistic[m.id] ?? m.attested)}
                disabled={m.verified || !hydrated}
                onChange={(e) => {
                  const attested = e.target.checked;
                  setOptimistic((o) => ({ ...o, [m.id]: attested }));
                  mutation.mutate({ id: m.id, attested });
                }}
                className="mt-0.5 h-4 w-4 accent-brand-600"
              />
              <span>
                {m.title}
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  Tier {m.tier}
                  {m.verified ? " · verified by your coach" : ""}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {failure ? (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
