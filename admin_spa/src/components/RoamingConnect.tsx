import { useState } from "react";
import { useMutation } from "urql";
import {
  InviteOcpiPartnerMutation, PullOcpiPartnerMutation, RegisterOcpiPartnerMutation,
  RotateOcpiCredentialsMutation, UnregisterOcpiPartnerMutation,
} from "../ops/roaming";
import { FormView, type FormField } from "./Form";
import { Notice, Tabs } from "./ui";
import { describeError, userErrorsText, type UserErrorLike } from "../lib/errors";

const REGISTER_FIELDS: FormField[] = [
  { name: "name", label: "Partner name", required: true },
  { name: "versionsUrl", label: "Their versions URL", required: true, full: true, help: "The OCPI versions endpoint they gave you, e.g. https://partner.example/ocpi/versions" },
  { name: "tokenA", label: "Their token A", kind: "password", required: true, full: true, help: "The credentials token they issued for us; used once, for the handshake." },
];
const INVITE_FIELDS: FormField[] = [{ name: "name", label: "Partner name", required: true }];

const REGISTER = "They gave us a URL and token";
const INVITE = "Invite them to register with us";

/** The message of a failed call or of the payload's typed errors, or null when it went through. */
function failure(error: Parameters<typeof describeError>[0], errors: UserErrorLike[] | null | undefined): string | null {
  return describeError(error)?.message ?? userErrorsText(errors);
}

/** Connects a new roaming partner, either way round the OCPI credentials handshake goes. */
export function ConnectPartner({ onChanged }: { onChanged: () => void }) {
  const [tab, setTab] = useState(REGISTER);
  const [{ fetching: registering }, register] = useMutation(RegisterOcpiPartnerMutation);
  const [{ fetching: inviting }, invite] = useMutation(InviteOcpiPartnerMutation);
  const [err, setErr] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ tokenA: string; versionsUrl: string } | null>(null);
  const choose = (t: string) => { setTab(t); setErr(null); setDone(null); setInvited(null); };
  return (
    <section className="card stack" aria-label="Connect a partner" data-testid="roaming-connect">
      <h2 style={{ margin: 0 }}>Connect a partner</h2>
      <Tabs tabs={[REGISTER, INVITE]} value={tab} onChange={choose} />
      {done ? <Notice>{done}</Notice> : null}
      {tab === REGISTER ? (
        <>
          <p className="small muted">We call their versions URL with token A, agree on OCPI 2.2.1, exchange credentials, and pull their locations and tariffs.</p>
          <FormView key="register" fields={REGISTER_FIELDS} busy={registering} serverError={err} submitLabel="Register with partner" onSubmit={async (v) => {
            const name = String(v.name).trim();
            const r = await register({ input: { name, versionsUrl: String(v.versionsUrl).trim(), tokenA: String(v.tokenA).trim() } });
            const m = failure(r.error, r.data?.registerOcpiPartner.errors);
            setErr(m);
            if (m) return;
            setDone(`${name} is registered.`);
            onChanged();
          }} />
        </>
      ) : (
        <>
          <p className="small muted">We issue a token A for them; they call our versions URL with it to register. The token is shown once and stops working when they have registered.</p>
          <FormView key="invite" fields={INVITE_FIELDS} busy={inviting} serverError={err} submitLabel="Create invitation" onSubmit={async (v) => {
            const r = await invite({ name: String(v.name).trim() });
            const m = failure(r.error, r.data?.inviteOcpiPartner.errors);
            setErr(m);
            const out = r.data?.inviteOcpiPartner;
            if (m || !out?.tokenA || !out.versionsUrl) return;
            setInvited({ tokenA: out.tokenA, versionsUrl: out.versionsUrl });
            onChanged();
          }} />
          {invited ? (
            <div className="stack" data-testid="roaming-invitation">
              <div className="alert warn">Hand both to the partner now; the token is shown only once.</div>
              <div className="small">Our versions URL</div>
              <div className="secret" data-testid="roaming-invite-url">{invited.versionsUrl}</div>
              <div className="small">Token A</div>
              <div className="secret" data-testid="roaming-invite-token">{invited.tokenA}</div>
              <div className="row">
                <button type="button" onClick={() => void navigator.clipboard?.writeText(`${invited.versionsUrl}\n${invited.tokenA}`)}>Copy both</button>
              </div>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

/** What an operator does with a connected partner: pull its objects again, rotate the credentials, end it. */
export function PartnerActions({ id, name, state, onChanged }: { id: string; name: string; state: string; onChanged: () => void }) {
  const [{ fetching: pulling }, pull] = useMutation(PullOcpiPartnerMutation);
  const [{ fetching: rotating }, rotate] = useMutation(RotateOcpiCredentialsMutation);
  const [{ fetching: ending }, unregister] = useMutation(UnregisterOcpiPartnerMutation);
  const [result, setResult] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const show = (m: string | null, ok: string) => setResult(m ? { kind: "error", text: m } : { kind: "ok", text: ok });
  if (state !== "REGISTERED") return null;
  return (
    <div className="stack" data-testid="roaming-actions">
      <div className="row">
        <button type="button" disabled={pulling} onClick={async () => {
          const r = await pull({ id });
          const out = r.data?.pullOcpiPartner;
          const m = failure(r.error, out?.errors);
          const refused = out?.refused.length ? `; refused: ${out.refused.join(", ")}` : "";
          show(m, out ? `Pulled ${out.locations} locations and ${out.tariffs} tariffs in ${out.pages} pages${refused}.` : "");
          onChanged();
        }}>{pulling ? "Pulling…" : "Pull locations and tariffs"}</button>
        <button type="button" disabled={rotating} onClick={async () => {
          if (!window.confirm(`Rotate the credentials with ${name}? Both sides switch to new tokens.`)) return;
          const r = await rotate({ id });
          show(failure(r.error, r.data?.rotateOcpiCredentials.errors), "Credentials rotated; both sides use the new tokens.");
          onChanged();
        }}>{rotating ? "Rotating…" : "Rotate credentials"}</button>
        <button type="button" className="danger" disabled={ending} onClick={async () => {
          if (!window.confirm(`End the roaming agreement with ${name}? Its tokens stop working at once.`)) return;
          const r = await unregister({ id });
          show(failure(r.error, r.data?.unregisterOcpiPartner.errors), `${name} is unregistered.`);
          onChanged();
        }}>{ending ? "Ending…" : "Unregister"}</button>
      </div>
      {result ? <Notice kind={result.kind}>{result.text}</Notice> : null}
    </div>
  );
}
