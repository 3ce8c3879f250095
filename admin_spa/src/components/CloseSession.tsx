import { useState } from "react";
import { useMutation } from "urql";
import { CloseChargingSessionMutation } from "../ops/sessions";
import { Modal } from "./ui";
import { describeError, userErrorsText } from "../lib/errors";

/** Close a session the charger will never end (replaced, dead): billed on its last reading. */
export function CloseSessionButton({ sessionId, onClosed }: { sessionId: string; onClosed: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const [{ fetching }, close] = useMutation(CloseChargingSessionMutation);
  return (
    <>
      <button className="danger" data-testid="close-session" onClick={() => { setOpen(true); setErr(null); }}>Close session…</button>
      {open && (
        <Modal title="Close this session" onClose={() => setOpen(false)}>
          <form className="stack" onSubmit={async (e) => {
            e.preventDefault();
            if (reason.trim().length < 3) { setErr("Give a reason (at least 3 characters)."); return; }
            const r = await close({ input: { id: sessionId, reason: reason.trim() } });
            const m = describeError(r.error)?.message ?? userErrorsText(r.data?.closeChargingSession.errors);
            if (m) { setErr(m); return; }
            setOpen(false);
            onClosed();
          }}>
            <p>Only for a session its charger will never end (the charger was replaced or is dead). It is billed on the last meter
              reading received, like a stop; the reason goes to the audit log. A StopTransaction the charger sends later changes nothing.</p>
            <label className="field" htmlFor="close-reason">Reason *
              <textarea id="close-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
            </label>
            {err && <div className="alert error" role="alert">{err}</div>}
            <div className="row"><button type="submit" className="danger" disabled={fetching} data-testid="confirm-close">Close and bill</button>
              <button type="button" onClick={() => setOpen(false)}>Cancel</button></div>
          </form>
        </Modal>
      )}
    </>
  );
}
