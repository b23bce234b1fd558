import { Card } from "@/app/components/ui";
import type { CohortDashboard } from "@/lib/cohorts/dashboard";

const LEADERBOARD_SIZE = 10;

/** Hours this month of those on the leaderboard: the top ones, and the caller's place. */
export function LeaderboardCard({
  leaderboard,
  selfId,
}: {
  leaderboard: CohortDashboard["leaderboard"];
  selfId: string;
}) {
  const topOfBoard = leaderboard.slice(0, LEADERBOARD_SIZE);
  const myPlace = leaderboard.findIndex((l) => l.userId === selfId);
  return (
    <Card title="Leaderboard · hours this month">
      {leaderboard.length ? (
        <>
          <ol className="space-y-1 text-sm">
            {topOfBoard.map((l, i) => (
              <li key={l.userId} className="flex justify-between gap-2">
                <span>
                  {i + 1}. {l.name}
                </span>
                <span className="tabular-nums">{l.hours} h</span>
              </li>
            ))}
          </ol>
          {myPlace >= LEADERBOARD_SIZE ? (
            <p className="mt-2 flex justify-between gap-2 border-t border-zinc-200 pt-2 text-sm dark:border-zinc-800">
              <span>{myPlace + 1}. You</span>
              <span className="tabular-nums">{leaderboard[myPlace]!.hours} h</span>
            </p>
          ) : null}
          {leaderboard.length > LEADERBOARD_SIZE ? (
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              Top {LEADERBOARD_SIZE} of {leaderboard.length} on the leaderboard.
            </p>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nobody has joined the leaderboard yet.
        </p>
      )}
    </Card>
  );
}
