import { formatDistanceToNowStrict } from "date-fns";

// What the coaching page's sections share: a review's thread, the link and End button styles.

export const dangerClass =
  "rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950";
const MESSAGE_LABEL: Record<string, string> = {
  request: "Request",
  approve: "Approved",
  request_changes: "Changes requested",
  reply: "Answer",
};

export type Thread = {
  kind: string;
  body: string | null;
  createdAt: Date;
  authorId: string | null;
}[];

export function ThreadView({ thread, names }: { thread: Thread; names: Map<string, string> }) {
  return (
    <ol className="mt-2 space-y-1.5 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
      {thread.map((m, i) => (
        <li key={i} className="text-sm">
          <span className="text-xs font-semibold text-zinc-600 dark:text-zinc-400">
            {MESSAGE_LABEL[m.kind] ?? m.kind} · {names.get(m.authorId ?? "") ?? "Someone"} ·{" "}
            {formatDistanceToNowStrict(m.createdAt, { addSuffix: true })}
          </span>
          {m.body ? <p className="whitespace-pre-line">{m.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export const linkClass = "font-medium text-brand-700 underline dark:text-brand-300";
export const SUBJECT_LABEL: Record<string, string> = {
  project: "project",
  certification: "certification",
  milestone: "milestone",
};
