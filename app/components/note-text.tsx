/**
 * A note as text: paragraphs and line breaks kept, http(s) addresses made links with
 * rel="noopener nofollow ugc"; nothing of the note is ever HTML (React escapes it). Notes are
 * shown as Markdown (`NoteMarkdown`); this is its fallback for a note the Markdown parser
 * refuses (docs/DECISIONS.md, "Notes rendered as Markdown").
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')\]]+/g;

function Linked({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?]+$/, "");
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <a
        key={at}
        href={url}
        rel="noopener nofollow ugc"
        target="_blank"
        className="break-all text-brand-700 underline dark:text-brand-300"
      >
        {url}
      </a>,
    );
    last = at + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

export function NoteText({ body }: { body: string }) {
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return (
    <div className="space-y-2 whitespace-pre-wrap break-words text-sm text-zinc-800 dark:text-zinc-200">
      {paragraphs.map((p, i) => (
        <p key={i}>
          <Linked text={p} />
        </p>
      ))}
    </div>
  );
}
