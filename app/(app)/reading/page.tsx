import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/current-user";
import { LABELS } from "../records/config";
import { Badge, ExternalLink, formatDate } from "../records/parts";
import { RecordScreen, type RecordItem } from "../records/record-screen";

export const metadata: Metadata = { title: "Reading" };

function Paper({ item }: { item: RecordItem }) {
  const status = String(item.status);
  return (
    <>
      <p className="font-medium">
        {item.url ? (
          <ExternalLink href={String(item.url)}>{String(item.title)}</ExternalLink>
        ) : (
          String(item.title)
        )}
      </p>
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Badge tone={status === "read" ? "good" : status === "reading" ? "brand" : "neutral"}>
          {LABELS.paperStatus[status]}
        </Badge>
        {item.topic ? (
          <Badge>{LABELS.track[String(item.topic)] ?? String(item.topic)}</Badge>
        ) : null}
        {item.readOn ? <span>Read {formatDate(String(item.readOn))}</span> : null}
      </div>
      {item.notes ? (
        <p className="mt-2 whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">
          {String(item.notes)}
        </p>
      ) : null}
    </>
  );
}

export default async function ReadingPage({ searchParams }: PageProps<"/reading">) {
  const actor = await requirePageActor("/reading");
  return (
    <RecordScreen
      kind="papers"
      path="/reading"
      title="Reading"
      description="Research papers to read, in progress and read. Staying current with research is part of continuous learning; papers read count toward tier 3 and the specialist tracks."
      actor={actor}
      searchParams={await searchParams}
      renderItem={(item) => <Paper item={item} />}
      labelOf={(item) => String(item.title)}
      defaults={{ status: "to_read" }}
      empty="Your reading list is empty. Add a paper you want to read."
    />
  );
}
