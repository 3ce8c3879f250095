import { useState } from "react";
import { useMutation } from "urql";
import { RaiseSecurityProfileMutation } from "../ops/security";
import { usePlatformUrls } from "../ops/platform";
import { Notice } from "./ui";
import { describeError, userErrorsText } from "../lib/errors";

const PROFILES: Record<number, string> = {
  1: "1 — password (Basic auth) over ws://",
  2: "2 — password over TLS (wss://)",
  3: "3 — client certificate over TLS (wss://)",
};

interface Step { action: string; status: string | null }

/** The charger's security profile, and raising it: the charger is told its new profile, and once it
 * accepts, only that profile is admitted and a hard reset makes it reconnect on it. */
export function SecurityProfileCard({ chargerId, chargePointId, profile, ocppVersion, onRaised }: {
  chargerId: string; chargePointId: string; profile: number; ocppVersion: string | null | undefined; onRaised: () => void;
}) {
  const { ocppUrl } = usePlatformUrls();
  const higher = [1, 2, 3].filter((p) => p > profile);
  const [picked, setTarget] = useState<number>(higher[0] ?? 3);
  const target = higher.includes(picked) ? picked : higher[0] ?? 3;  // the profile may have changed since
  const is201 = ocppVersion === "2.0.1";
  const defaultUrl = (p: number) => `${p === 1 ? ocppUrl : ocppUrl.replace(/^ws:/, "wss:")}/${chargePointId}`;
  const [url, setUrl] = useState<string>(() => defaultUrl(higher[0] ?? 3));
  const [slot, setSlot] = useState("2");
  const [{ fetching }, raise] = useMutation(RaiseSecurityProfileMutation);
  const [result, setResult] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [steps, setSteps] = useState<Step[]>([]);
  const submit = async () => {
    if (!window.confirm(`Move ${chargePointId} to security profile ${target}? From then on it is admitted only on that profile.`)) return;
    const input = is201
      ? { chargerId, securityProfile: target, configurationSlot: Number(slot), ocppCsmsUrl: url.trim() }
      : { chargerId, securityProfile: target };
    const r = await raise({ input });
    const out = r.data?.raiseSecurityProfile;
    const failed = describeError(r.error)?.message ?? userErrorsText(out?.errors);
    const done: Step[] = out?.steps ?? [];
    setSteps(done);
    if (failed) { setResult({ kind: "error", text: failed }); return; }
    const accepted = done.length > 0 && done.every((s) => s.status === "Accepted" || s.status === "RebootRequired");
    setResult(accepted
      ? { kind: "ok", text: `The charger accepted profile ${target}; it is being reset and reconnects on it.` }
      : { kind: "error", text: `The charger answered ${out?.status ?? "nothing"}; it keeps profile ${profile}.` });
    if (accepted) onRaised();
  };
  return (
    <div className="card stack" data-testid="security-profile">
      <h3>Security profile</h3>
      <div>Now: <strong>{PROFILES[profile] ?? `${profile} — no credentials`}</strong></div>
      {higher.length === 0 ? <p className="small muted">The highest profile. A profile is never lowered over OCPP.</p> : (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <label className="field" htmlFor="sp-target">Raise to
            <select id="sp-target" value={target} onChange={(e) => { const p = Number(e.target.value); setTarget(p); setUrl(defaultUrl(p)); }}>
              {higher.map((p) => <option key={p} value={p}>{PROFILES[p]}</option>)}
            </select>
          </label>
          {is201 ? (
            <>
              <label className="field" htmlFor="sp-slot">Connection profile slot
                <input id="sp-slot" inputMode="numeric" value={slot} onChange={(e) => setSlot(e.target.value)} />
              </label>
              <label className="field" htmlFor="sp-url">Endpoint on the new profile
                <input id="sp-url" value={url} onChange={(e) => setUrl(e.target.value)} />
              </label>
            </>
          ) : null}
          <p className="small muted">{is201
            ? "Sends SetNetworkProfile with the new profile, makes that slot the first in NetworkConfigurationPriority, then a hard reset."
            : "Sends ChangeConfiguration SecurityProfile, then a hard reset."}{target >= 2 ? " Profiles 2 and 3 need the CSMS's root certificate on the charger (and for 3 its own certificate)." : ""}</p>
          <div className="row end"><button type="submit" className="primary" disabled={fetching}>{fetching ? "Working…" : "Raise profile"}</button></div>
        </form>
      )}
      {steps.length ? (
        <ul className="small" data-testid="security-profile-steps">
          {steps.map((s, i) => <li key={i}><code>{s.action}</code>: {s.status ?? "no answer"}</li>)}
        </ul>
      ) : null}
      {result ? <Notice kind={result.kind}>{result.text}</Notice> : null}
    </div>
  );
}
