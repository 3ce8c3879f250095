import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { PartnerSessionDocument, PartnerSessionUpdatedDocument, StopPartnerChargingDocument, type PartnerSessionFieldsFragment } from "../gql/graphql";
import { Notice, Page } from "../components/ui";
import { describeError, firstUserError } from "../lib/client";
import { kwh } from "../lib/format";
import { useT } from "../lib/i18n";

/** How far a session has come: a screen shows the furthest state either source has seen. */
// TIMEOUT ranks with REQUESTED: a start the partner confirms late moves on from it.
const ORDER = { REQUESTED: 0, TIMEOUT: 0, PENDING: 1, ACTIVE: 2, COMPLETED: 3, FAILED: 3, INVALID: 3 } as const;
type State = keyof typeof ORDER;
const known = (state: string): State => (state in ORDER ? (state as State) : "PENDING");

function furthest(a: PartnerSessionFieldsFragment | null, b: PartnerSessionFieldsFragment | null) {
  if (!a) return b;
  if (!b) return a;
  const rank = (s: PartnerSessionFieldsFragment) => ORDER[known(s.state)];
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return a.updatedAt >= b.updatedAt ? a : b;
}

/** A session at a roaming partner's charger, live: the partner's status and energy, and Stop. */
export function PartnerLive() {
  const { id = "" } = useParams();
  const t = useT();
  const [query] = useQuery({ query: PartnerSessionDocument, variables: { id } });
  const [sub] = useSubscription({ query: PartnerSessionUpdatedDocument, variables: { id } });
  const [shown, setShown] = useState<PartnerSessionFieldsFragment | null>(null);
  useEffect(() => setShown((prev) => furthest(prev, query.data?.partnerSession ?? null)), [query.data]);
  useEffect(() => setShown((prev) => furthest(prev, sub.data?.partnerSessionUpdated ?? null)), [sub.data]);
  const [{ fetching: stopping }, stop] = useMutation(StopPartnerChargingDocument);
  const [error, setError] = useState<string | null>(null);
  const s = shown;
  const running = s && (s.state === "ACTIVE" || s.state === "PENDING");
  return (
    <Page title={t("partnerLive.title")} back>
      <Notice kind="error">{error ?? describeError(query.error)}</Notice>
      {s && (
        <div className="card" data-testid="partner-live">
          <p>
            <strong data-testid="partner-live-state">{t(`partnerLive.state.${known(s.state)}`)}</strong>
          </p>
          <p className="muted">
            {s.locationId} · {s.evseUid}
          </p>
          <p className="big" data-testid="partner-live-kwh">
            {kwh(s.kwh)}
          </p>
          {s.state === "TIMEOUT" && (
            <p role="alert" className="notice warning" data-testid="partner-live-timeout">
              {t("partnerLive.startTimeout")}
            </p>
          )}
          {s.stopResult === "TIMEOUT" && s.state !== "COMPLETED" && (
            <p role="alert" className="notice warning" data-testid="partner-stop-timeout">
              {t("partnerLive.stopTimeout")}
            </p>
          )}
          {s.stopResult && s.stopResult !== "TIMEOUT" && s.state !== "COMPLETED" && <p className="muted">{t("partnerLive.stopping")}</p>}
          {running && (
            <button
              className="btn danger"
              data-testid="partner-stop"
              disabled={stopping || (!!s.stopResult && s.stopResult !== "TIMEOUT")}
              onClick={async () => {
                const r = await stop({ id: s.id });
                setError(describeError(r.error) ?? firstUserError(r.data?.stopPartnerCharging.errors));
                const next = r.data?.stopPartnerCharging.session ?? null;
                if (next) setShown((prev) => furthest(prev, next));
              }}
            >
              {t("partnerLive.stop")}
            </button>
          )}
        </div>
      )}
    </Page>
  );
}
