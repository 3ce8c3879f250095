import { useEffect, useState } from "react";
import { useClient } from "urql";
import { enablePush, offerLater, shouldOffer } from "../lib/push";
import { useT } from "../lib/i18n";
import { Notice } from "./ui";

/** Offered when notifications first matter (a session is running), never at launch: the browser's
 * permission prompt opens only when the driver taps "Notify me". */
export function PushOffer() {
  const t = useT();
  const client = useClient();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    let live = true;
    shouldOffer()
      .then((offer) => live && setVisible(offer))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const [result, setResult] = useState<"on" | "denied" | "failed" | null>(null);
  if (result === "on") return <Notice kind="info"><span data-testid="push-on">{t("push.on")}</span></Notice>;
  if (result) return <Notice kind="warning">{t(result === "denied" ? "push.denied" : "push.failed")}</Notice>;
  if (!visible) return null;
  const enable = async () => {
    try {
      const state = await enablePush(client);
      setResult(state === "granted" ? "on" : "denied");
    } catch {
      setResult("failed");
    }
  };
  return (
    <div className="card" data-testid="push-offer" style={{ marginTop: 12 }}>
      <p style={{ marginTop: 0 }}>{t("push.offer")}</p>
      <div className="row">
        <button className="btn" onClick={enable} data-testid="push-enable">{t("push.enable")}</button>
        <button className="btn secondary" onClick={() => { offerLater(); setVisible(false); }}>{t("push.later")}</button>
      </div>
    </div>
  );
}
