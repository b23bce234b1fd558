import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, PageHeader } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { listMyCohorts } from "@/lib/cohorts/cohorts";
import { everyItem } from "@/lib/pagination";
import { Badge, EmptyState } from "../records/parts";
import { createCohortAction, joinCohortAction } from "./actions";
import { CohortDetailsForm, JoinByCodeForm } from "./forms";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage({ searchParams }: PageProps<"/cohorts">) {
  const actor = await requirePageActor("/cohorts");
  const [cohorts, params] = await Promise.all([
    everyItem((page) => listMyCohorts(actor, page)),
    searchParams,
  ]);
  return (
    <>
      <PageHeader
        title="Cohorts"
        description="Bootcamp cohorts share one dashboard. Every member chooses what it shows of them."
      />
      {params.left ? (
        <div className="mb-4">
          <Alert tone="success">You left the cohort.</Alert>
        </div>
      ) : null}
      <section aria-labelledby="mine-heading" className="mb-6">
        <h2 id="mine-heading" className="mb-3 text-lg font-semibold">
          Your cohorts
        </h2>
        {cohorts.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {cohorts.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/cohorts/${c.slug}`}
                  className="block rounded-xl border border-zinc-200 bg-white p-4 hover:border-brand-400 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <span className="flex items-center justify-between gap-2">
                    <span className="font-semibold">{c.name}</span>
                    <Badge
                      tone={
                        c.role === "organizer" ? "brand" : c.role === "coach" ? "good" : "neutral"
                      }
                    >
                      {c.role === "organizer"
                        ? "Organizer"
                        : c.role === "coach"
                          ? "Coach"
                          : "Member"}
                    </Badge>
                  </span>
                  <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">
                    {c.memberCount} member{c.memberCount === 1 ? "" : "s"}
                    {c.startsOn ? ` · ${c.startsOn}${c.endsOn ? ` to ${c.endsOn}` : ""}` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            You are not in a cohort yet. Join one with an invite code, or create one for your
            bootcamp.
          </EmptyState>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Join a cohort">
          <JoinByCodeForm action={joinCohortAction} />
        </Card>
        <Card title="Create a cohort">
          <CohortDetailsForm action={createCohortAction} submitLabel="Create cohort" />
        </Card>
      </div>
    </>
  );
}
