import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NOTE_MAX_LENGTH } from "@/lib/notes/count";
import { NOTE_MAX_DEPTH, NoteMarkdown, noteUrl, tooNested } from "./note-markdown";

/** A note's HTML as the server sends it. */
const render = (body: string, idPrefix = "milestone-x") =>
  renderToStaticMarkup(createElement(NoteMarkdown, { body, idPrefix }));

/** The elements a piece of HTML holds, by tag name (lower case), in order. */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!);

/** The attributes of every `<a>` of a piece of HTML. */
const links = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>(.*?)<\/a>/g)].map((m) => ({
    attrs: m[1]!,
    text: m[2]!,
    href: /href="([^"]*)"/.exec(m[1]!)?.[1],
  }));

describe("NoteMarkdown: raw HTML never becomes elements", () => {
  it.each([
    ["<script>alert(1)</script>", "script"],
    ['<img src="x" onerror="alert(1)">', "img"],
    ['<iframe src="https://example.com"></iframe>', "iframe"],
    ["Inline <img src=x onerror=alert(1)> in a sentence", "img"],
    ['<a href="javascript:alert(1)">click</a>', "a"],
    ["<style>body{display:none}</style>", "style"],
    ['<svg onload="alert(1)"><circle /></svg>', "svg"],
    ["<div>\n\n*emphasis in html*\n\n</div>", "div"],
  ])("%s shows as text", (body, tag) => {
    const html = render(body);
    expect(tags(html).slice(1)).not.toContain(tag); // after the note's own <div>
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    // The typed markup is there, escaped.
    expect(html).toContain(`&lt;${tag}`);
  });

  it("keeps the text around the raw HTML", () => {
    const html = render("Use <div> for layout, not <table>.");
    expect(html).toBe(
      '<div class="space-y-2 break-words text-sm text-zinc-800 dark:text-zinc-200"><p class="whitespace-pre-line">Use &lt;div&gt; for layout, not &lt;table&gt;.</p></div>',
    );
  });
});

describe("NoteMarkdown: links", () => {
  it("gives a link rel=noopener nofollow ugc, and a new tab for http(s)", () => {
    const [a] = links(render("[the guide](https://example.com/guide)"));
    expect(a!.href).toBe("https://example.com/guide");
    expect(a!.attrs).toContain('rel="noopener nofollow ugc"');
    expect(a!.attrs).toContain('target="_blank"');
    expect(a!.text).toBe("the guide");
  });

  it("links a mailto address without a new tab", () => {
    const [a] = links(render("[Grace](mailto:coach@epoch.dev)"));
    expect(a!.href).toBe("mailto:coach@epoch.dev");
    expect(a!.attrs).toContain('rel="noopener nofollow ugc"');
    expect(a!.attrs).not.toContain("target=");
  });

  it("makes bare addresses links, without the punctuation after them", () => {
    const html = render("See https://example.com/guide. And www.example.org, then ask.");
    expect(links(html).map((a) => a.href)).toEqual([
      "https://example.com/guide",
      "http://www.example.org",
    ]);
    expect(links(html).every((a) => a.attrs.includes('rel="noopener nofollow ugc"'))).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "/api/v1/me",
    "//evil.example/x",
  ])("neutralises a link to %s: its text stays, with no address", (url) => {
    const html = render(
      `[click me](${url.includes(" ") || url.includes("\t") ? `<${url}>` : url})`,
    );
    expect(html).toContain("click me");
    expect(links(html)).toEqual([]);
    expect(html).not.toMatch(/javascript|vbscript|data:text/i);
  });

  it("noteUrl keeps http(s), mailto and fragments only", () => {
    expect(noteUrl("https://example.com/a?b=c#d")).toBe("https://example.com/a?b=c#d");
    expect(noteUrl("HTTP://EXAMPLE.COM")).toBe("HTTP://EXAMPLE.COM");
    expect(noteUrl("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(noteUrl("#fn-1")).toBe("#fn-1");
    for (const bad of [
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "ftp://x",
      "x.html",
      "",
    ])
      expect(noteUrl(bad)).toBeNull();
  });
});

describe("NoteMarkdown: images are never loaded", () => {
  it("shows an image as a link to its address, with its alt text", () => {
    const html = render("![a cat](https://tracker.example/pixel.png)");
    expect(tags(html)).not.toContain("img");
    const [a] = links(html);
    expect(a!.href).toBe("https://tracker.example/pixel.png");
    expect(a!.text).toBe("Image: a cat");
    expect(a!.attrs).toContain('rel="noopener nofollow ugc"');
  });

  it("drops a data: or javascript: image's address", () => {
    const html = render("![x](data:image/svg+xml;base64,PHN2Zz4=) ![y](javascript:alert(1))");
    expect(tags(html)).not.toContain("img");
    expect(links(html)).toEqual([]);
    expect(html).toContain("Image: x");
  });
});

describe("NoteMarkdown: formatting", () => {
  it("maps headings to bold paragraphs, out of the page's outline", () => {
    const html = render("# One\n\n## Two\n\n###### Six\n\nSetext\n===");
    expect(tags(html).filter((t) => /^h[1-6]$/.test(t))).toEqual([]);
    expect(html).toContain('<p class="font-semibold text-zinc-900 dark:text-zinc-100">One</p>');
    expect(html).toContain(">Six</p>");
    expect(html).toContain(">Setext</p>");
  });

  it("renders lists, emphasis, code, quotes, strikethrough and tables", () => {
    const html = render(
      [
        "Some *emphasis*, **strong**, ~~gone~~ and `code <b>`.",
        "- one\n- two",
        "3. three\n4. four",
        "> quoted",
        "```js\nconst a = 1 < 2;\n```",
        "| a | b |\n|---|--:|\n| 1 | 2 |",
        "- [x] done\n- [ ] to do",
        "---",
      ].join("\n\n"),
    );
    expect(html).toContain("<em>emphasis</em>");
    expect(html).toContain("<strong>strong</strong>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toMatch(/<code[^>]*>code &lt;b&gt;<\/code>/);
    expect(html).toMatch(/<ul class="list-disc[^"]*">\s*<li[^>]*>one<\/li>/);
    expect(html).toMatch(/<ol start="3" class="list-decimal[^"]*">/);
    expect(html).toMatch(/<blockquote[^>]*>\s*<p[^>]*>quoted<\/p>/);
    expect(html).toMatch(/<pre[^>]*><code[^>]*>const a = 1 &lt; 2;\n<\/code><\/pre>/);
    expect(html).toMatch(/<table[^>]*><thead><tr><th[^>]*>a<\/th>/);
    expect(html).toContain('style="text-align:right"');
    // A task's box is a glyph and words, not an unlabelled checkbox.
    expect(tags(html)).not.toContain("input");
    expect(html).toContain('<span class="sr-only">Done: </span>');
    expect(html).toContain('<span class="sr-only">To do: </span>');
    expect(tags(html)).toContain("hr");
  });

  it("keeps a single line break, as typed", () => {
    const html = render("first line\nsecond line");
    expect(html).toContain('<p class="whitespace-pre-line">first line\nsecond line</p>');
  });

  it("prefixes footnote ids with the note's own prefix", () => {
    const a = render("A claim[^1].\n\n[^1]: The source.", "milestone-a");
    const b = render("A claim[^1].\n\n[^1]: The source.", "skill-b");
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a)).toEqual(["milestone-a-fnref-1", "milestone-a-fn-1"]);
    expect(links(a).map((l) => l.href)).toEqual(["#milestone-a-fn-1", "#milestone-a-fnref-1"]);
    expect(ids(a).every((id) => id!.startsWith("milestone-a-"))).toBe(true);
    expect(ids(b).every((id) => id!.startsWith("skill-b-"))).toBe(true);
    // The footnotes' own heading is a paragraph too.
    expect(tags(a).filter((t) => /^h[1-6]$/.test(t))).toEqual([]);
  });

  it("renders an empty note as an empty block", () => {
    expect(tags(render(""))).toEqual(["div"]);
  });
});

describe("NoteMarkdown: long and hostile input", () => {
  it.each([
    ["plain text", "word ".repeat(NOTE_MAX_LENGTH / 5)],
    ["nested brackets", "[".repeat(NOTE_MAX_LENGTH)],
    ["emphasis markers", "*a".repeat(NOTE_MAX_LENGTH / 2)],
    ["nested quotes", "> ".repeat(NOTE_MAX_LENGTH / 2)],
    ["nested lists", Array.from({ length: 2000 }, (_, i) => " ".repeat(i % 40) + "- x").join("\n")],
    ["bare URLs", "https://example.com/a ".repeat(NOTE_MAX_LENGTH / 22)],
    ["raw HTML", "<div><script>x</script>".repeat(NOTE_MAX_LENGTH / 23)],
  ])(
    "renders a note of the longest length of %s",
    (_, body) => {
      const html = render(body.slice(0, NOTE_MAX_LENGTH));
      expect(tags(html)).not.toContain("script");
      expect(html.length).toBeGreaterThan(0);
    },
    60_000,
  ); // the worst of these takes seconds on a loaded machine: why notes are parsed in the browser

  it.each([
    ["list markers", "- ".repeat(NOTE_MAX_LENGTH / 2 - 1) + "x"],
    ["numbered markers", "1. ".repeat(NOTE_MAX_LENGTH / 3 - 1) + "x"],
    ["quote markers without spaces", ">".repeat(NOTE_MAX_LENGTH - 1) + "x"],
    ["markers after text", "Intro\n\n" + "* > ".repeat(1000) + "x"],
  ])("shows a line that opens thousands of %s as text, without parsing it", (_, body) => {
    // Parsed, the first of these took minutes: the guard must catch it before the parser.
    expect(tooNested(body)).toBe(true);
    const html = render(body);
    expect(tags(html)).not.toContain("ul");
    expect(tags(html)).not.toContain("ol");
    expect(tags(html)).not.toContain("blockquote");
  });

  it("tells a note nested deeper than the limit from one at the limit", () => {
    expect(tooNested("- ".repeat(NOTE_MAX_DEPTH) + "x")).toBe(false);
    expect(tooNested("- ".repeat(NOTE_MAX_DEPTH + 1) + "x")).toBe(true);
    expect(tooNested("text\n" + "  > ".repeat(NOTE_MAX_DEPTH + 1))).toBe(true);
    // Many spaces between markers: the check stays linear (a backtracking pattern would hang here).
    expect(tooNested(("-" + " ".repeat(60)).repeat(NOTE_MAX_DEPTH) + "x")).toBe(false);
    expect(tooNested("a - b - c - d ".repeat(500))).toBe(false);
  });

  it("shows a note nested too deeply as text, and one nested a little as Markdown", () => {
    const deep = render("> ".repeat(NOTE_MAX_DEPTH + 5) + "deep");
    expect(tags(deep)).not.toContain("blockquote");
    expect(deep).toContain("&gt; &gt; ");
    const nested = render("> > > a quote in a quote in a quote\n\n- a\n  - b\n    - c");
    expect(tags(nested).filter((t) => t === "blockquote")).toHaveLength(3);
    expect(tags(nested).filter((t) => t === "ul")).toHaveLength(3);
  });
});
