"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Badge, buttonClass, inputClass, secondaryButtonClass } from "@/app/components/ui";
import { useHydrated } from "@/app/components/use-hydrated";
import { api, unwrap, type ApiAnswer, type ApiBody } from "@/lib/api/client";

/**
 * Webhook endpoints and their deliveries, for Settings (a learner's own) and for a cohort's
 * page (its organizers): add, change events, turn off and on (which also re-enables one
 * disabled after a day of failures), delete, and each endpoint's recent attempts with their
 * response codes. Everything goes through the JSON API under `base`.
 */

type WebhookEvent = ApiBody<"/api/v1/me/webhooks", "post">["events"][number];
type WebhookChange = ApiBody<"/api/v1/me/webhooks/{id}", "patch">;
export type WebhookItem = Omit<
  ApiAnswer<"/api/v1/me/webhooks", "get">["items"][number],
  "createdAt"
>;

/**
 * The webhook calls of one owner: the caller's own endpoints, or a cohort's (its organizers).
 * The two sets of paths take and answer the same shapes.
 */
function webhookCalls(cohortSlug: string | undefined) {
  if (cohortSlug === undefined) {
    const at = (id: string) => ({ params: { path: { id } } });
    return {
      list: () => unwrap(api.GET("/api/v1/me/webhooks")),
      create: (body: ApiBody<"/api/v1/me/webhooks", "post">) =>
        unwrap(api.POST("/api/v1/me/webhooks", { body })),
      change: (id: string, body: WebhookChange) =>
        unwrap(api.PATCH("/api/v1/me/webhooks/{id}", { ...at(id), body })),
      remove: (id: string) => unwrap(api.DELETE("/api/v1/me/webhooks/{id}", at(id))),
      deliveries: (id: string) =>
        unwrap(
          api.GET("/api/v1/me/webhooks/{id}/deliveries", {
            params: { path: { id }, query: { limit: 10 } },
          }),
        ),
    };
  }
  const at = (id: string) => ({ params: { path: { slug: cohortSlug, id } } });
  return {
    list: () =>
      unwrap(
        api.GET("/api/v1/cohorts/{slug}/webhooks", { params: { path: { slug: cohortSlug } } }),
      ),
    create: (body: ApiBody<"/api/v1/cohorts/{slug}/webhooks", "post">) =>
      unwrap(
        api.POST("/api/v1/cohorts/{slug}/webhooks", {
          params: { path: { slug: cohortSlug } },
          body,
        }),
      ),
    change: (id: string, body: WebhookChange) =>
      unwrap(api.PATCH("/api/v1/cohorts/{slug}/webhooks/{id}", { ...at(id), body })),
    remove: (id: string) => unwrap(api.DELETE("/api/v1/cohorts/{slug}/webhooks/{id}", at(id))),
    deliveries: (id: string) =>
      unwrap(
        api.GET("/api/v1/cohorts/{slug}/webhooks/{id}/deliveries", {
          params: { path: { slug: cohortSlug, id }, query: { limit: 10 } },
        }),
      ),
  };
}

export const EVENT_LABELS: Record<string, string> = {
  "tier.reached": "a tier is reached",
  "track.completed": "a specialist track is completed",
  "badge.issued": "a badge is issued",
  "review.requested": "a review is requested",
  "review.decided": "a review is decided",
  "cohort.member_joined": "a member joins the cohort",
  "cohort.member_left": "a member leaves the cohort",
  "cohort.milestone_completed": "a cohort milestone is checked off",
};

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

function EventChoices({
  idPrefix,
  events,
  chosen,
  onChange,
}: {
  idPrefix: string;
  events: readonly WebhookEvent[];
  chosen: WebhookEvent[];
  onChange: (next: WebhookEvent[]) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Events
      </legend>
      <div className="grid gap-1.5 sm:grid-cols-2">
        {events.map((e) => (
          <label key={e} htmlFor={`${idPrefix}-${e}`} className="flex items-start gap-2 text-sm">
            <input
              id={`${idPrefix}-${e}`}
              type="checkbox"
              className="mt-0.5 h-4 w-4 accent-brand-600"
              checked={chosen.includes(e)}
              onChange={(x) =>
                onChange(x.target.checked ? [...chosen, e] : chosen.filter((c) => c !== e))
              }
            />
            <span>
              <code className="font-mono text-xs">{e}</code>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                when {EVENT_LABELS[e] ?? e}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function WebhooksManager({
  cohortSlug,
  initial,
  events,
  localhostAllowed = false,
}: {
  /** The cohort whose endpoints these are; the caller's own without one. */
  cohortSlug?: string;
  initial: WebhookItem[];
  events: readonly WebhookEvent[];
  localhostAllowed?: boolean;
}) {
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const calls = webhookCalls(cohortSlug);
  const key = ["webhooks", cohortSlug ?? "me"];
  const idPrefix = `webhooks-${cohortSlug ?? "me"}`;
  const { data } = useQuery<{ items: WebhookItem[] }>({
    queryKey: key,
    queryFn: () => calls.list(),
    initialData: { items: initial },
  });
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<WebhookEvent[]>([events[0]!]);
  const [failure, setFailure] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);

  const create = useMutation({
    mutationFn: () => calls.create({ url, events: chosen }),
    onMutate: () => {
      setFailure(null);
      setSecret(null);
    },
    onError: (error) => setFailure(error.message),
    onSuccess: (made) => {
      setSecret({ url: made.url, secret: made.secret });
      setUrl("");
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const items = data?.items ?? [];
  return (
    <div className="space-y-5">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <div className="space-y-1.5">
          <label
            htmlFor={`${idPrefix}-url`}
            className="block text-sm font-medium text-zinc-800 dark:text-zinc-200"
          >
            Endpoint URL
          </label>
          <input
            id={`${idPrefix}-url`}
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/hooks/epoch"
            className={inputClass}
            aria-describedby={`${idPrefix}-url-hint`}
          />
          <p id={`${idPrefix}-url-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
            https on a public address
            {localhostAllowed ? " (this server also allows localhost)" : ""}. Deliveries are signed
            per Standard Webhooks with the secret shown once below.
          </p>
        </div>
        <EventChoices
          idPrefix={`${idPrefix}-new`}
          events={events}
          chosen={chosen}
          onChange={setChosen}
        />
        <button
          type="submit"
          className={buttonClass}
          disabled={!hydrated || create.isPending || chosen.length === 0}
        >
          {create.isPending ? "Adding…" : "Add webhook"}
        </button>
        {failure ? <Alert>{failure}</Alert> : null}
        {secret ? (
          <Alert tone="success">
            <p>
              Webhook to <span className="break-all">{secret.url}</span> added. Its signing secret,
              shown only now:
            </p>
            <code
              className="mt-1 block break-all font-mono text-xs"
              aria-label="Signing secret"
              data-testid="webhook-secret"
            >
              {secret.secret}
            </code>
          </Alert>
        ) : null}
      </form>

      {items.length ? (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Webhooks">
          {items.map((h) => (
            <Endpoint key={h.id} calls={calls} hook={h} events={events} listKey={key} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No webhooks yet.</p>
      )}
    </div>
  );
}

function Endpoint({
  calls,
  hook,
  events,
  listKey,
}: {
  calls: ReturnType<typeof webhookCalls>;
  hook: WebhookItem;
  events: readonly WebhookEvent[];
  listKey: string[];
}) {
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState(hook.events);
  const [failure, setFailure] = useState<string | null>(null);
  const deliveriesKey = ["webhook-deliveries", ...listKey, hook.id];
  const idPrefix = `webhook-${hook.id}`;
  const deliveries = useQuery({
    queryKey: deliveriesKey,
    queryFn: () => calls.deliveries(hook.id),
    // While an attempt is due soon, look again.
    refetchInterval: (q) =>
      q.state.data?.items.some(
        (d) => d.status === "pending" && Date.parse(d.at) < Date.now() + 60_000,
      )
        ? 2_000
        : false,
  });
  const change = useMutation({
    mutationFn: (body: WebhookChange) => calls.change(hook.id, body),
    onMutate: () => setFailure(null),
    onError: (error) => setFailure(error.message),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
  const remove = useMutation({
    mutationFn: () => calls.remove(hook.id),
    onError: (error) => setFailure(error.message),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: listKey }),
  });
  const disabled = Boolean(hook.disabledAt);

  return (
    <li className="space-y-3 py-4" aria-label={`Webhook ${hook.url}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all text-sm font-medium">{hook.url}</p>
          <p className="mt-1 flex flex-wrap gap-1">
            {disabled ? (
              <Badge tone="bad">Disabled after a day of failures</Badge>
            ) : hook.active ? (
              <Badge tone="good">Active</Badge>
            ) : (
              <Badge>Off</Badge>
            )}
            {hook.failingSince && !disabled ? <Badge tone="warn">Failing</Badge> : null}
            {hook.events.map((e) => (
              <Badge key={e} tone="brand">
                {e}
              </Badge>
            ))}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated || change.isPending}
            onClick={() => change.mutate({ active: !hook.active })}
          >
            {disabled ? "Re-enable" : hook.active ? "Turn off" : "Turn on"}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated}
            aria-expanded={editing}
            onClick={() => {
              setChosen(hook.events);
              setEditing((x) => !x);
            }}
          >
            Edit events
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated || remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the webhook to ${hook.url}?`)) remove.mutate();
            }}
          >
            Delete
          </button>
        </div>
      </div>
      {editing ? (
        <form
          className="space-y-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
          onSubmit={(e) => {
            e.preventDefault();
            change.mutate({ events: chosen });
          }}
        >
          <EventChoices
            idPrefix={`${idPrefix}-edit`}
            events={events}
            chosen={chosen}
            onChange={setChosen}
          />
          <button type="submit" className={buttonClass} disabled={chosen.length === 0}>
            Save events
          </button>
        </form>
      ) : null}
      {failure ? <Alert>{failure}</Alert> : null}
      <div>
        <div className="mb-1 flex items-center justify-between gap-2">
          <h3 className="text-sm font-semibold">Recent deliveries</h3>
          <button
            type="button"
            className="text-sm text-brand-700 underline dark:text-brand-300"
            onClick={() => void deliveries.refetch()}
          >
            Refresh
          </button>
        </div>
        {deliveries.data?.items.length ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-label={`Deliveries to ${hook.url}`}>
              <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th className="py-1 pr-3 font-medium">Event</th>
                  <th className="py-1 pr-3 font-medium">Attempt</th>
                  <th className="py-1 pr-3 font-medium">Status</th>
                  <th className="py-1 pr-3 font-medium">Response</th>
                  <th className="py-1 font-medium">When</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.items.map((d) => (
                  <tr key={d.id} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="py-1 pr-3 font-mono text-xs">{d.event}</td>
                    <td className="py-1 pr-3">{d.attempt}</td>
                    <td className="py-1 pr-3">
                      <Badge
                        tone={
                          d.status === "succeeded" ? "good" : d.status === "failed" ? "bad" : "warn"
                        }
                      >
                        {d.status}
                      </Badge>
                    </td>
                    <td className="py-1 pr-3" title={d.error ?? undefined}>
                      {d.responseCode ?? (d.error ? "no answer" : "—")}
                    </td>
                    <td className="py-1 text-xs text-zinc-600 dark:text-zinc-400">
                      {d.status === "pending" ? "due " : ""}
                      {timeFormat.format(new Date(d.at))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {deliveries.isPending ? "Loading…" : "None yet."}
          </p>
        )}
      </div>
    </li>
  );
}
