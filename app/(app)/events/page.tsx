import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/current-user";
import { todayFor } from "@/lib/users/timezone";
import { LABELS } from "../records/config";
import { Badge, ExternalLink, formatDate } from "../records/parts";
import { RecordScreen, type RecordItem } from "../records/record-screen";

export const metadata: Metadata = { title: "Events" };

function Event({ item }: { item: RecordItem }) {
  return (
    <>
      <p className="font-medium">{String(item.title)}</p>
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Badge tone={item.kind === "talk" ? "brand" : "neutral"}>
          {LABELS.eventKind[String(item.kind)]}
        </Badge>
        <span>{formatDate(String(item.date))}</span>
        {item.url ? <ExternalLink href={String(item.url)}>Link</ExternalLink> : null}
      </div>
      {item.notes ? (
        <p className="mt-2 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
          {String(item.notes)}
        </p>
      ) : null}
    </>
  );
}

export default async function EventsPage({ searchParams }: PageProps<"/events">) {
  const actor = await requirePageActor("/events");
  return (
    <RecordScreen
      kind="events"
      path="/events"
      title="Events"
      description="Conferences, meetups, online forums and talks you gave. Building a professional network is part of the roadmap."
      actor={actor}
      searchParams={await searchParams}
      renderItem={(item) => <Event item={item} />}
      labelOf={(item) => String(item.title)}
      defaults={{ kind: "meetup", date: await todayFor(actor.userId) }}
      empty="No events yet. Conferences, local meetups and online forums all count."
    />
  );
}
