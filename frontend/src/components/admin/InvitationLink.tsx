// A one-time link the API answered with: shown once, to hand over; or that it was mailed.
import type { Schemas } from "../../api/client";
import { when } from "../../format";
import { CopyButton } from "../CopyButton";

export function InvitationLink({ invitation }: { invitation: Schemas["InvitationOut"] }) {
  const what = invitation.purpose === "reset" ? "password-reset" : "invitation";
  return (
    <>
      {invitation.url ? (
        <>
          <p>Give them this one-time {what} link; it is not shown again.</p>
          <output aria-label={`The one-time ${what} link`} className="secret">
            {invitation.url}
          </output>
          <CopyButton text={invitation.url} what={`the ${what} link`} />
        </>
      ) : (
        <p>{invitation.delivered ? `The ${what} link was sent by email.` : `The ${what} link was made.`}</p>
      )}
      <p className="hint">It works once, until {when(invitation.expires_at)}.</p>
    </>
  );
}
