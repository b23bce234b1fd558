/**
 * The limits of one roster import, without zod: the cohort page's client form reads them too
 * (docs/DECISIONS.md, "Roster import").
 */

/** Data rows of one list (a header row not counted). */
export const ROSTER_MAX_ROWS = 1000;

/** Bytes of one request body, CSV or JSON. */
export const ROSTER_MAX_BYTES = 256 * 1024;

/** Characters of an invitee's name. */
export const ROSTER_NAME_MAX = 100;
