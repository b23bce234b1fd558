import type { ComponentPropsWithoutRef, ReactNode } from "react";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { NoteText } from "./note-text";

/*
 * A learner's note as Markdown (docs/DECISIONS.md, "Notes rendered as Markdown"), rendered in
 * the learner's own browser: the notes panel loads this module when it opens (next/dynamic,
 * no server rendering). Never on the server: Markdown parsers have inputs whose parse time
 * grows much faster than their length (20,000 characters of `- - - …` took minutes, `~a~a…`
 * seconds), and one such note would stall a server process for every request it serves. A
 * note is seen by its author only, so a hostile one can only slow its author's own tab.
 *
 * Safe by construction:
 * - No raw HTML, ever: there is no rehype-raw, and `rawHtmlAsText` turns every HTML node of
 *   the Markdown tree into text before it becomes elements, so `<script>` or `<img onerror>`
 *   shows as typed, escaped by React.
 * - Links and image sources keep only http:, https:, mailto: and #fragments (`noteUrl`);
 *   anything else (javascript:, data:, vbscript:, paths) loses its address and shows as text.
 * - Links open with rel="noopener nofollow ugc", http(s) ones in a new tab.
 * - Images are never loaded: an image becomes a link to its address (the page's CSP allows
 *   no third-party image anyway, and a note must not make the browser fetch one).
 * - Headings are bold paragraphs: a note sits under a milestone inside the page, and its
 *   headings must not enter the page's outline.
 */

/**
 * The addresses a note may link to: http(s), mailto, and a fragment of this page (footnotes),
 * checked after react-markdown's own filter; `null` drops the address.
 */
export function noteUrl(url: string): string | null {
  const safe = defaultUrlTransform(url.trim());
  return /^(https?:\/\/|mailto:|#)/i.test(safe) ? safe : null;
}

type MdNode = { type: string; value?: string; children?: MdNode[] };

/** Deeper than this, a note is shown as plain text (see `NoteMarkdown`). */
export const NOTE_MAX_DEPTH = 32;

/** The Markdown nodes whose children are blocks, where HTML becomes a paragraph of text. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * A remark plugin: HTML in the Markdown becomes literal text (a block of it, a paragraph), and
 * a tree nested deeper than `NOTE_MAX_DEPTH` is refused (it would only be a hostile note, and
 * rendering it would exhaust the stack).
 */
function rawHtmlAsText() {
  const walk = (node: MdNode, depth: number) => {
    if (!node.children) return;
    if (depth > NOTE_MAX_DEPTH) throw new RangeError("note nested too deeply");
    const block = BLOCK_PARENTS.has(node.type);
    node.children = node.children.map((child) => {
      if (child.type !== "html") return child;
      const text: MdNode = { type: "text", value: child.value ?? "" };
      return block ? { type: "paragraph", children: [text] } : text;
    });
    for (const child of node.children) walk(child, depth + 1);
  };
  return (tree: MdNode) => walk(tree, 0);
}

const linkClass = "break-words text-brand-700 underline dark:text-brand-300";
const headingClass = "font-semibold text-zinc-900 dark:text-zinc-100";

function Link({ href, children, ...rest }: ComponentPropsWithoutRef<"a">) {
  if (!href) return <span>{children}</span>;
  // Footnote references and back-references stay on the page (their ids and labels kept).
  if (href.startsWith("#")) {
    return (
      <a href={href} id={rest.id} aria-label={rest["aria-label"]} className={linkClass}>
        {children}
      </a>
    );
  }
  const web = /^https?:/i.test(href);
  return (
    <a
      href={href}
      rel="noopener nofollow ugc"
      target={web ? "_blank" : undefined}
      className={linkClass}
    >
      {children}
    </a>
  );
}

/* No id: the footnotes' own heading has a fixed one ("footnote-label"), which two notes
   on one page would share; the references' aria-describedby that points to it goes too. */
function Heading({ children }: { children?: React.ReactNode }) {
  return <p className={headingClass}>{children}</p>;
}

const components: Components = {
  a: ({ href, id, children, ...rest }) => (
    <Link href={href} id={id} aria-label={rest["aria-label"]}>
      {children}
    </Link>
  ),
  img: ({ src, alt }) => {
    const label = `Image: ${alt?.trim() || (typeof src === "string" ? src : "") || "no address"}`;
    return typeof src === "string" && src ? <Link href={src}>{label}</Link> : <span>{label}</span>;
  },
  h1: Heading,
  h2: Heading,
  h3: Heading,
  h4: Heading,
  h5: Heading,
  h6: Heading,
  // Soft line breaks are kept, as the text renderer before it did (a note is typed, not set).
  p: ({ children }) => <p className="whitespace-pre-line">{children}</p>,
  ul: ({ children, className }) => (
    <ul
      className={
        className?.includes("contains-task-list")
          ? "space-y-0.5 pl-1"
          : "list-disc space-y-0.5 pl-5"
      }
    >
      {children}
    </ul>
  ),
  ol: ({ children, start }) => (
    <ol start={start} className="list-decimal space-y-0.5 pl-5">
      {children}
    </ol>
  ),
  li: ({ children, id }) => (
    <li id={id} className="[&>p]:my-1">
      {children}
    </li>
  ),
  // A task list's box as a glyph and words, not a form control without a label.
  input: ({ checked }) => (
    <>
      <span aria-hidden="true">{checked ? "☑" : "☐"} </span>
      <span className="sr-only">{checked ? "Done: " : "To do: "}</span>
    </>
  ),
  blockquote: ({ children }) => (
    <blockquote className="space-y-2 border-l-2 border-zinc-300 pl-3 text-zinc-700 dark:border-zinc-600 dark:text-zinc-300">
      {children}
    </blockquote>
  ),
  pre: ({ children }) => (
    <pre className="overflow-x-auto rounded-md bg-zinc-100 p-2 text-xs leading-relaxed dark:bg-zinc-800 [&>code]:bg-transparent [&>code]:p-0">
      {children}
    </pre>
  ),
  code: ({ children }) => (
    <code className="rounded bg-zinc-200/70 px-1 font-mono text-[0.9em] dark:bg-zinc-800">
      {children}
    </code>
  ),
  hr: () => <hr className="border-zinc-200 dark:border-zinc-700" />,
  table: ({ children }) => (
    <div className="overflow-x-auto">
      <table className="border-collapse text-left text-xs">{children}</table>
    </div>
  ),
  th: ({ children, style }) => (
    <th
      style={style}
      className="border border-zinc-300 px-2 py-1 font-semibold dark:border-zinc-700"
    >
      {children}
    </th>
  ),
  td: ({ children, style }) => (
    <td style={style} className="border border-zinc-300 px-2 py-1 dark:border-zinc-700">
      {children}
    </td>
  ),
};

/**
 * A line that opens more than `NOTE_MAX_DEPTH` lists or quotes (`- - - - …`, `> > > …`): the
 * parser takes time far beyond the line's length to nest them, so such a note is shown as
 * text before it is parsed. Linear: one pass over each line's start.
 */
const TOO_NESTED = new RegExp(
  // Spaces only before the first marker and after each one, so the pattern cannot backtrack.
  `^[ \\t]*(?:>[ \\t]*|(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$)){${NOTE_MAX_DEPTH + 1}}`,
  "m",
);

export function tooNested(body: string): boolean {
  return TOO_NESTED.test(body);
}

function markdownOf(body: string, idPrefix: string): ReactNode {
  if (tooNested(body)) return <NoteText body={body} />;
  try {
    // Called, not rendered: react-markdown's `Markdown` is a plain function (no hooks), so a
    // note that throws while parsing is caught here rather than failing the page.
    return Markdown({
      children: body,
      remarkPlugins: [remarkGfm, rawHtmlAsText],
      remarkRehypeOptions: { clobberPrefix: `${idPrefix}-` },
      urlTransform: (url) => noteUrl(url),
      components,
    });
  } catch {
    return <NoteText body={body} />;
  }
}

/**
 * A note's body as Markdown (GFM: lists, tables, task lists, strikethrough, footnotes, bare
 * URLs made links). `idPrefix` keeps the ids of footnotes apart when several notes share a
 * page. A note the parser cannot take (nested deeper than `NOTE_MAX_DEPTH`) shows as text.
 */
export function NoteMarkdown({ body, idPrefix }: { body: string; idPrefix: string }) {
  return (
    <div className="space-y-2 break-words text-sm text-zinc-800 dark:text-zinc-200">
      {markdownOf(body, idPrefix)}
    </div>
  );
}
