import { parse } from "csv-parse/sync";
import { z } from "zod";
import { AppError } from "../errors";
import { ROSTER_MAX_ROWS, ROSTER_NAME_MAX } from "./roster-limits";

/**
 * Reading a roster: a CSV (columns email and an optional name; a header row optional) or a
 * JSON list of emails, into rows to invite and rows refused with their reason. Pure: the
 * database is lib/cohorts/invitations.ts's.
 */

/** One line of the list: `row` is where it starts (1 = the first line, a header included). */
export type RosterRow = { row: number; email: string; name: string | null };
export type InvalidRow = { row: number; email: string; reason: string };
export type Roster = { rows: RosterRow[]; invalid: InvalidRow[] };

const HEADER_EMAIL = new Set(["email", "e-mail", "email address", "e-mail address", "mail"]);
const HEADER_NAME = new Set(["name", "full name", "fullname"]);

const emailCheck = z.email();

/** Why an email cannot be invited, or null. */
function emailProblem(email: string): string | null {
  if (email === "") return "has no email";
  if (email.length > 254) return "the email is longer than 254 characters";
  if (!emailCheck.safeParse(email).success) return "is not a valid email address";
  return null;
}

/** A row as read, with a problem found while reading it (its columns), if any. */
type Candidate = { row: number; email: string; name: string | null; problem?: string };

/**
 * Checks each candidate in order: a bad email or name is refused with its row, and an email
 * the list already had is refused as a repeat of that row. Emails are lowercased.
 */
function sort(candidates: Candidate[], field: "emails" | "csv"): Roster {
  if (candidates.length === 0) {
    throw new AppError("validation_failed", "The list has no email to invite.", {
      [field]: "has no email to invite",
    });
  }
  if (candidates.length > ROSTER_MAX_ROWS) {
    throw new AppError(
      "validation_failed",
      `The list has ${candidates.length.toLocaleString("en")} rows; one import takes at most ${ROSTER_MAX_ROWS.toLocaleString("en")}.`,
      { [field]: `must have at most ${ROSTER_MAX_ROWS} rows` },
    );
  }
  const rows: RosterRow[] = [];
  const invalid: InvalidRow[] = [];
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const email = c.email.trim().toLowerCase();
    const name = c.name?.trim() || null;
    const problem =
      c.problem ??
      emailProblem(email) ??
      (name && name.length > ROSTER_NAME_MAX
        ? `the name is longer than ${ROSTER_NAME_MAX} characters`
        : null);
    if (problem) {
      invalid.push({ row: c.row, email: c.email.trim(), reason: problem });
      continue;
    }
    const first = seen.get(email);
    if (first !== undefined) {
      invalid.push({ row: c.row, email, reason: `repeats row ${first}` });
      continue;
    }
    seen.set(email, c.row);
    rows.push({ row: c.row, email, name });
  }
  return { rows, invalid };
}

/** A JSON list of emails: row n is the n-th entry. */
export function rosterFromEmails(emails: string[]): Roster {
  return sort(
    emails.map((email, i) => ({ row: i + 1, email, name: null })),
    "emails",
  );
}

/**
 * A CSV roster, read by csv-parse: quoted fields (commas, quotes and line breaks inside), a
 * byte order mark, CRLF, LF or CR line ends (mixed too), blank lines skipped. The first row is
 * a header when one of its cells is `email` (then `name` is found by its header, other columns
 * are ignored); otherwise each row is `email[,name]`, and a third column is refused (a line of
 * several emails pasted with commas would otherwise invite only the first).
 */
export function rosterFromCsv(text: string): Roster {
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // Line ends normalised first (CRLF and a lone CR become LF, inside quotes too), so that
    // rows are counted the way an editor counts lines, whatever mix the file has.
    records = parse(text.replace(/\r\n?/g, "\n"), {
      bom: true,
      info: true,
      raw: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      record_delimiter: "\n",
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new AppError(
      "validation_failed",
      `The CSV cannot be read${typeof line === "number" ? ` (line ${line})` : ""}: ${
        error instanceof Error ? error.message.replace(/ at line \d+.*$/s, "") : "malformed"
      }.`,
      { csv: "is not valid CSV" },
    );
  }
  // Where each record starts: the line it ends on, less the line breaks inside it (its raw
  // text may begin with the blank lines skipped before it, and ends with its own line end).
  const withRow = records.map(({ record, raw, info }) => {
    const inside = raw.replace(/^\n+/, "").replace(/\n$/, "").match(/\n/g)?.length ?? 0;
    return { record, row: info.lines - inside };
  });
  let emailAt = 0;
  let nameAt: number | null = 1;
  let fixedColumns = true;
  const header = withRow[0]?.record.map((cell) => cell.toLowerCase());
  if (header && header.some((cell) => HEADER_EMAIL.has(cell))) {
    emailAt = header.findIndex((cell) => HEADER_EMAIL.has(cell));
    const n = header.findIndex((cell) => HEADER_NAME.has(cell));
    nameAt = n === -1 ? null : n;
    fixedColumns = false;
    withRow.shift();
  }
  return sort(
    withRow.map(({ record, row }) => ({
      row,
      email: record[emailAt] ?? "",
      name: nameAt === null ? null : (record[nameAt] ?? null),
      problem:
        fixedColumns && record.slice(2).some((cell) => cell !== "")
          ? "has more than two columns (email, name): one person per line"
          : undefined,
    })),
    "csv",
  );
}
