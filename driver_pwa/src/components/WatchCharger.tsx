import { useState } from "react";
import { useMutation } from "urql";
import { WatchChargerDocument } from "../gql/graphql";
import { describeError, firstUserError } from "../lib/client";
import { timeOfDay } from "../lib/format";
import { useT } from "../lib/i18n";
import { PushOffer } from "./PushOffer";
import { Notice } from "./ui";

/** "Notify me when free" for a busy charger: a push when a connector frees up, to hold it. */
export function WatchCharger({ chargePointId, connectorId }: { chargePointId: string; connectorId: number | null }) {
  const t = useT();
  const [{ fetching }, watch] = useMutation(WatchChargerDocument);
  const [until, setUntil] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = async () => {
    setError(null);
    const r = await watch({ input: { chargePointId, connectorId } });
    const p = r.data?.watchCharger;
    if (p?.watch) setUntil(p.watch.expiresAt);
    else setError(firstUserError(p?.errors) ?? describeError(r.error) ?? t("watch.failed"));
  };
  if (until)
    return (
      <div data-testid="watching">
        <Notice kind="info">{t("watch.on", { time: timeOfDay(until) })}</Notice>
        <PushOffer />
      </div>
    );
  return (
    <>
      <Notice kind="error">{error}</Notice>
      <button className="btn secondary" disabled={fetching} onClick={go} data-testid="watch-charger">
        {t("watch.button")}
      </button>
    </>
  );
}
