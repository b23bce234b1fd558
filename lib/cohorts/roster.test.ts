import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { rosterFromCsv, rosterFromEmails } from "./roster";

describe("reading a roster", () => {
  it("numbers rows by the line they start on, blank and multi-line ones included", () => {
    const r = rosterFromCsv(
      'a@x.example,"Two\r\nlines"\r\n\r\nb@x.example\rc@x.example\n , \n\n\nd@x.example,"\nD"\n',
    );
    expect(r.rows.map((x) => [x.row, x.email, x.name])).toEqual([
      [1, "a@x.example", "Two\nlines"],
      [4, "b@x.example", null],
      [5, "c@x.example", null],
      [9, "d@x.example", "D"],
    ]);
  });

  it("takes a header by its email cell, in any column, and ignores columns it does not know", () => {
    const r = rosterFromCsv("id,Mail,Full Name\n1,A@X.example,Ann\n");
    expect(r.rows).toEqual([{ row: 2, email: "a@x.example", name: "Ann" }]);
  });

  it("refuses an unreadable file as a whole, naming the line", () => {
    expect(() => rosterFromCsv('a@x.example\n"b@x.example,B\n')).toThrow(AppError);
    expect(() => rosterFromCsv('a@x.example\n"b@x.example,B\n')).toThrow(/line 2/);
  });

  it("lowercases, trims and refuses repeats and overlong emails in a JSON list", () => {
    const long = `${"a".repeat(250)}@x.example`;
    const r = rosterFromEmails([" A@X.example ", "a@x.example", long]);
    expect(r.rows).toEqual([{ row: 1, email: "a@x.example", name: null }]);
    expect(r.invalid).toEqual([
      { row: 2, email: "a@x.example", reason: "repeats row 1" },
      { row: 3, email: long, reason: "the email is longer than 254 characters" },
    ]);
  });
});
