import { ActionForm } from "@/app/components/action-form";
import { buttonClass, Card, inputClass, secondaryButtonClass } from "@/app/components/ui";
import type { InvitationListItem } from "@/lib/coaching/coaching";
import { answerInvitationAction, inviteAction } from "../actions";

type Incoming = Extract<InvitationListItem, { direction: "incoming" }>;
type Outgoing = Extract<InvitationListItem, { direction: "outgoing" }>;

/** Pending invitations to the caller, to accept or decline. */
export function InvitationsToYouCard({ pending }: { pending: Incoming[] }) {
  return (
    <Card title="Invitations to you" id="invitations">
      {pending.length ? (
        <ul className="space-y-3">
          {pending.map((i) => (
            <li key={i.id} className="text-sm">
              <p>
                <strong>{i.from.name ?? i.from.email}</strong>{" "}
                {i.role === "coach" ? "asks you to be their coach." : "offers to coach you."}
              </p>
              <div className="mt-2 flex gap-2">
                <ActionForm
                  action={answerInvitationAction.bind(null, i.id, "accept")}
                  submitLabel="Accept"
                  submitClass={buttonClass}
                  className=""
                />
                <ActionForm
                  action={answerInvitationAction.bind(null, i.id, "decline")}
                  submitLabel="Decline"
                  submitClass={secondaryButtonClass}
                  className=""
                />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No invitations waiting.</p>
      )}
    </Card>
  );
}

/** Invite someone to coach you or be coached by you, and the invitations still unanswered. */
export function InviteCard({ waiting }: { waiting: Outgoing[] }) {
  return (
    <Card title="Invite a coach or a mentee">
      <ActionForm action={inviteAction} submitLabel="Send invitation" submitClass={buttonClass}>
        <div>
          <label htmlFor="inviteEmail" className="mb-1.5 block text-sm font-medium">
            Their email
          </label>
          <input id="inviteEmail" name="email" type="email" className={inputClass} />
        </div>
        <fieldset className="space-y-1 text-sm">
          <legend className="mb-1 font-medium">They would be</legend>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="role"
              value="coach"
              defaultChecked
              className="accent-brand-600"
            />{" "}
            my coach
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="mentee" className="accent-brand-600" /> my mentee
          </label>
        </fieldset>
      </ActionForm>
      {waiting.length ? (
        <div className="mt-4">
          <p className="text-sm font-medium">Waiting for an answer</p>
          <ul className="mt-1 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
            {waiting.map((i) => (
              <li key={i.id}>
                {i.email} as your {i.role}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
