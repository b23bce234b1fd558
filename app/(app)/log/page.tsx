import { randomUUID } from "node:crypto";
import { format, parseISO } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import { activityWeeks } from "@/lib/activities/weeks";
import { requirePageActor } from "@/lib/auth/current-user";
import { addDaysTo } from "@/lib/dates";
import { getRecord } from "@/lib/records/crud";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import { createRecordAction, deleteRecordAction, updateRecordAction } from "../records/actions";
import { FORM_FIELDS, LABELS } from "../records/config";
import { DeleteButton } from "../records/delete-button";
import { Badge, EditLink, EmptyState, ExternalLink } from "../records/parts";
import { RecordForm } from "../records/record-form";

export const metadata: Metadata = { title: "Study log" };

const skillNames = new Map(
  SKILL_AREAS.flatMap((a) => a.skills.map((s) => [s.slug, s.name] as const)),
);
const hours = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? (m ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LogPage({ searchParams }: PageProps<"/log">) {
  const actor = await requirePageActor("/log");
  const params = await searchParams;
  const before = one(params.before);
  const editId = one(params.edit);
  const [log, editing] = await Promise.all([
    activityWeeks(actor, {
      before: before && /^\d{4}-\d{2}-\d{2}$/.test(before) ? before : undefined,
    }),
    editId && /^[0-9a-f-]{36}$/i.test(editId)
      ? getRecord(RECORD_KINDS.activities, actor, editId).catch(() => null)
      : null,
  ]);

  return (
    <>
      <PageHeader
        title="Study log"
        description={`Every study session, by week (Monday to Sunday, ${log.timezone}). Your goal: ${hours(log.weeklyGoalMinutes)} a week.`}
      />
      {one(params.saved) ? (
        <div className="mb-4">
          <Alert tone="success">Activity updated.</Alert>
        </div>
      ) : null}
      <Card title={editing ? "Edit activity" : "Log study time"} className="mb-6">
        {editing ? (
          <RecordForm
            key={`edit-${editing.id}`}
            action={updateRecordAction.bind(null, "activities", String(editing.id))}
            fields={FORM_FIELDS.activities}
            values={editing}
            submitLabel="Save changes"
            cancelHref="/log"
          />
        ) : (
          <RecordForm
            action={createRecordAction.bind(null, "activities")}
            fields={FORM_FIELDS.activities}
            values={{ date: log.today, kind: "practice" }}
            newId={randomUUID()}
            submitLabel="Log it"
            autoFocus="minutes"
          />
        )}
      </Card>

      <section aria-labelledby="weeks-heading" className="space-y-4">
        <h2 id="weeks-heading" className="text-lg font-semibold">
          By week
        </h2>
        {log.weeks.every((w) => w.items.length === 0) ? (
          <EmptyState>Nothing logged in these weeks yet.</EmptyState>
        ) : null}
        {log.weeks.map((week) => {
          const pct = log.weeklyGoalMinutes
            ? Math.min(100, Math.round((week.totalMinutes / log.weeklyGoalMinutes) * 100))
            : 0;
          return (
            <section
              key={week.start}
              aria-label={`Week of ${week.start}`}
              className="rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
            >
              <header className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
                <h3 className="text-sm font-semibold">
                  {format(parseISO(week.start), "MMM d")} –{" "}
                  {format(parseISO(addDaysTo(week.start, 6)), "MMM d, yyyy")}
                </h3>
                <div className="flex items-center gap-3 text-sm">
                  <span data-testid="week-total" className="font-semibold">
                    {hours(week.totalMinutes)}
                  </span>
                  {log.weeklyGoalMinutes ? (
                    <span className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                      <span
                        className="h-2 w-24 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
                        role="img"
                        aria-label={`${pct}% of the weekly goal`}
                      >
                        <span className="block h-full bg-brand-500" style={{ width: `${pct}%` }} />
                      </span>
                      {pct}% of goal
                    </span>
                  ) : null}
                </div>
              </header>
              {week.items.length ? (
                <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {week.items.map((a) => (
                    <li
                      key={a.id}
                      className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between"
                    >
                      <div className="min-w-0 flex-1">
                        <p className="text-sm">
                          <span className="font-medium">{a.title}</span>{" "}
                          <span className="text-zinc-600 dark:text-zinc-400">
                            · {hours(a.minutes)}
                          </span>
                        </p>
                        <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                          <span>{format(parseISO(a.date), "EEE, MMM d")}</span>
                          <Badge>{LABELS.activityKind[a.kind]}</Badge>
                          {a.path ? <Badge tone="brand">{LABELS.path[a.path]}</Badge> : null}
                          {a.skills.map((s) => (
                            <Badge key={s}>{skillNames.get(s) ?? s}</Badge>
                          ))}
                          {a.url ? <ExternalLink href={a.url}>Link</ExternalLink> : null}
                        </div>
                        {a.notes ? (
                          <p className="mt-1 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
                            {a.notes}
                          </p>
                        ) : null}
                      </div>
                      <div className="flex shrink-0 items-center gap-1">
                        <EditLink href={`/log?edit=${a.id}`} label={a.title} />
                        <DeleteButton
                          action={deleteRecordAction.bind(null, "activities")}
                          id={a.id}
                          label={a.title}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">
                  Nothing logged this week yet.
                </p>
              )}
            </section>
          );
        })}
        <div className="flex gap-3">
          {before ? (
            <Link href="/log" className={secondaryButtonClass}>
              This week
            </Link>
          ) : null}
          {log.olderBefore ? (
            <Link href={`/log?before=${log.olderBefore}`} className={secondaryButtonClass}>
              Older weeks
            </Link>
          ) : null}
        </div>
      </section>
    </>
  );
}
