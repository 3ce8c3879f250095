/** A charger's AuthorizationKey, shown once, with how to enter it on the charger. */

export function keyDeliveryText(delivery: string | null | undefined): string | null {
  if (!delivery) return null;
  if (delivery === "Accepted") return "The charger accepted the key (ChangeConfiguration AuthorizationKey) and reconnects with it by itself.";
  const why = delivery === "Offline" ? "it is not connected" : delivery === "Timeout" ? "it did not answer" : `it answered ${delivery}`;
  return `The key could not be sent to the charger (${why}): enter it on the charger by hand.`;
}

export function AuthorizationKeyBox({ chargePointId, authorizationKey, delivery }: { chargePointId: string; authorizationKey: string; delivery?: string | null }) {
  const hex = /^([0-9A-Fa-f]{2}){16,20}$/.test(authorizationKey);
  const sent = keyDeliveryText(delivery);
  return (
    <div className="stack" data-testid="authorization-key-box">
      <div className="alert warn">The AuthorizationKey is shown only now (the platform keeps only its hash). Configure it in the charger before leaving this page.</div>
      {sent && <div className={`alert ${delivery === "Accepted" ? "ok" : "warn"}`} data-testid="key-delivery">{sent}</div>}
      <label className="field">AuthorizationKey (HTTP Basic password, security profile 1/2)
        <div className="secret" data-testid="authorization-key">{authorizationKey}</div>
      </label>
      <div className="small" data-testid="key-howto">
        {hex ? (
          <>
            <b>How to enter it:</b> set the charger&apos;s <code>AuthorizationKey</code> configuration key to these {authorizationKey.length} hex digits
            (its setup tool, or ChangeConfiguration). The charger then connects with HTTP Basic authentication: user <code>{chargePointId}</code>,
            password the {authorizationKey.length / 2} bytes the digits stand for (OCPP 1.6 security whitepaper). Firmware that only takes a
            password text: enter the same {authorizationKey.length} hex digits; the platform accepts them as they are too.
          </>
        ) : (
          <>
            <b>How to enter it:</b> this key is a text password. As the charger&apos;s <code>AuthorizationKey</code> configuration key,
            enter its UTF-8 bytes in hex; a firmware that asks for the password text takes it as it is. User: <code>{chargePointId}</code>.
          </>
        )}
      </div>
      <div className="row">
        <button onClick={() => void navigator.clipboard?.writeText(authorizationKey)}>Copy key</button>
      </div>
    </div>
  );
}
