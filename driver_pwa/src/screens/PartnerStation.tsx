import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import {
  CancelPartnerReservationDocument,
  MyPartnerReservationsDocument,
  PartnerReservationUpdatedDocument,
  PartnerStationDocument,
  ReservePartnerEvseDocument,
  StartPartnerChargingDocument,
  type PartnerReservationFieldsFragment,
} from "../gql/graphql";
import { Loading, Notice, Page, StatusPill } from "../components/ui";
import { describeError, firstUserError } from "../lib/client";
import { kw, timeOfDay } from "../lib/format";
import { directionsUrl } from "../lib/geo";
import { useT } from "../lib/i18n";
import { applyPartnerStatus, connectorName, partnerAvailability, partnerPrice, type PartnerStation } from "../lib/partners";
import { useLiveStatus } from "../lib/chargers";
import { useTokens } from "../lib/session";

const PILL = { available: "Available", busy: "Charging", offline: "Unavailable" } as const;
const EVSE_STATUSES = ["AVAILABLE", "BLOCKED", "CHARGING", "INOPERATIVE", "OUTOFORDER", "PLANNED", "REMOVED", "RESERVED", "UNKNOWN"] as const;
const evseStatus = (s: string) => (EVSE_STATUSES as readonly string[]).includes(s) ? (s as (typeof EVSE_STATUSES)[number]) : "UNKNOWN";
const RESERVATION_STATES = ["REQUESTED", "FAILED", "TIMEOUT", "CANCELLED", "CANCELED_BY_CPO"] as const;
const reservationState = (s: string) =>
  (RESERVATION_STATES as readonly string[]).includes(s) ? (s as (typeof RESERVATION_STATES)[number]) : "REQUESTED";
/** How long a reservation at a partner holds the EVSE (as at our chargers: 15 minutes). */
const HOLD_MINUTES = 15;

/** A roaming partner's station: the roaming badge and operator, every EVSE with its connectors,
 * power and live status, the partner's tariff as text; start or reserve an EVSE. */
export function PartnerStationScreen() {
  const { id = "" } = useParams();
  const t = useT();
  const [res, refetch] = useQuery({ query: PartnerStationDocument, variables: { id } });
  const events = useLiveStatus(undefined, () => refetch({ requestPolicy: "network-only" }));
  const station = res.data?.partnerStation ? applyPartnerStatus(res.data.partnerStation, events) : null;
  return (
    <Page title={station?.name ?? station?.locationId ?? t("partners.station")} back>
      <Notice kind="error">{describeError(res.error)}</Notice>
      {res.fetching && !station && <Loading />}
      {station && <StationDetail p={station} />}
    </Page>
  );
}

function StationDetail({ p }: { p: PartnerStation }) {
  const t = useT();
  const tokens = useTokens();
  const vat = p.tariff?.prices.find((x) => x.vatPercent !== null)?.vatPercent;
  return (
    <>
      <div className="card" data-testid="partner-station">
        <p>
          <span className="partner-badge" data-testid="roaming-badge">{t("partners.roaming")}</span>
        </p>
        <p data-testid="partner-operator">
          {t("partners.operator")}: <strong>{p.operator ?? p.partner}</strong>
          {p.operator && p.operator !== p.partner ? ` · ${t("partners.badge", { partner: p.partner })}` : ""}
        </p>
        <p className="muted">
          {p.address}, {p.city}
        </p>
        <div className="row" style={{ gap: 6 }}>
          <StatusPill status={PILL[partnerAvailability(p)]} />
          <span className="muted" data-testid="partner-free">
            {t("partners.free", { free: p.availableCount, total: p.evses.length })}
          </span>
        </div>
        <h2>{t("partners.tariff")}</h2>
        <p data-testid="partner-tariff-text">
          {p.tariff
            ? p.tariff.prices.map((x) => partnerPrice(x, t("partners.perSession")) + (x.conditional ? ` (${t("partners.sometimes")})` : "")).join(" + ") +
              (vat ? ` · ${t("partners.exclVat", { vat: Number(vat) })}` : "")
            : t("partners.noTariff")}
        </p>
        {p.tariff?.text && <p className="muted">{p.tariff.text}</p>}
        <a className="chip" href={directionsUrl(p.latitude, p.longitude)} target="_blank" rel="noreferrer">
          {t("charger.directions")}
        </a>
      </div>
      <h2>{t("partners.evses")}</h2>
      {tokens ? <EvseList p={p} /> : <EvseList p={p} readOnly />}
    </>
  );
}

function EvseList({ p, readOnly = false }: { p: PartnerStation; readOnly?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const [{ fetching: starting }, start] = useMutation(StartPartnerChargingDocument);
  const [{ fetching: reserving }, reserve] = useMutation(ReservePartnerEvseDocument);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelPartnerReservationDocument);
  const [mine, refetchMine] = useQuery({ query: MyPartnerReservationsDocument, requestPolicy: "network-only", pause: readOnly });
  const [held, setHeld] = useState<PartnerReservationFieldsFragment | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [live] = useSubscription({ query: PartnerReservationUpdatedDocument, variables: { id: held?.id ?? "" }, pause: !held });
  useEffect(() => {
    const first = mine.data?.myPartnerReservations.find((r) => r.locationId === p.locationId) ?? null;
    if (first) setHeld(first);
  }, [mine.data, p.locationId]);
  useEffect(() => {
    const r = live.data?.partnerReservationUpdated;
    if (r) setHeld(r);
  }, [live.data]);
  const holding = held && ["REQUESTED", "RESERVED", "TIMEOUT"].includes(held.state) ? held : null;
  return (
    <div className="card" data-testid="partner-evses">
      <Notice kind="error">{message}</Notice>
      {held && <ReservationNotice r={held} />}
      {p.evses.map((e) => {
        const power = Math.max(0, ...e.connectors.map((c) => Number(c.maxPowerKw ?? 0)));
        const mineHere = holding?.evseUid === e.uid;
        return (
          <div key={e.uid} className="list-item" data-testid="partner-evse">
            <div className="grow">
              <strong>{e.evseId ?? e.uid}</strong>
              <div className="muted">
                {e.connectors.map((c) => `${connectorName(c.standard)} · ${c.powerType.replace(/_/g, " ")}`).join(", ")}
                {power ? ` · ${kw(power)}` : ""}
              </div>
              <div className="row" style={{ gap: 6, marginTop: 4 }}>
                <span className="muted" data-testid="partner-evse-status">{t(`partners.evseStatus.${evseStatus(e.status)}`)}</span>
              </div>
            </div>
            {!readOnly && (
              <div className="col" style={{ alignItems: "flex-end", gap: 6 }}>
                {(e.status === "AVAILABLE" || (mineHere && e.status === "RESERVED")) && (
                  <button
                    className="chip"
                    data-testid="partner-evse-start"
                    disabled={starting}
                    onClick={async () => {
                      setMessage(null);
                      const r = await start({ stationId: p.id, evseUid: e.uid });
                      const session = r.data?.startPartnerCharging.session;
                      if (session) navigate(`/partner-charging/${encodeURIComponent(session.id)}`);
                      else setMessage(describeError(r.error) ?? firstUserError(r.data?.startPartnerCharging.errors));
                    }}
                  >
                    {t("partners.start")}
                  </button>
                )}
                {e.reservable && e.status === "AVAILABLE" && !holding && (
                  <button
                    className="chip"
                    data-testid="partner-evse-reserve"
                    disabled={reserving}
                    onClick={async () => {
                      setMessage(null);
                      const r = await reserve({ stationId: p.id, evseUid: e.uid, minutes: HOLD_MINUTES });
                      const made = r.data?.reservePartnerEvse.reservation;
                      if (made) {
                        setHeld(made);
                        refetchMine({ requestPolicy: "network-only" });
                      } else setMessage(describeError(r.error) ?? firstUserError(r.data?.reservePartnerEvse.errors) ?? t("charger.reserveFailed"));
                    }}
                  >
                    {t("charger.reserve")}
                  </button>
                )}
                {mineHere && holding && (
                  <button
                    className="chip"
                    data-testid="partner-evse-cancel"
                    disabled={cancelling}
                    onClick={async () => {
                      setMessage(null);
                      const r = await cancel({ id: holding.id });
                      const next = r.data?.cancelPartnerReservation.reservation;
                      if (next) setHeld(next);
                      else setMessage(describeError(r.error) ?? firstUserError(r.data?.cancelPartnerReservation.errors));
                    }}
                  >
                    {t("partners.cancelReservation")}
                  </button>
                )}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Where the driver's reservation at this station stands (live). */
function ReservationNotice({ r }: { r: PartnerReservationFieldsFragment }) {
  const t = useT();
  const kind = r.state === "RESERVED" || r.state === "REQUESTED" ? "info" : "warning";
  const text =
    r.state === "RESERVED"
      ? t("charger.reservedUntil", { time: timeOfDay(r.expiresAt) })
      : t(`partners.reservation.${reservationState(r.state)}`);
  return (
    <Notice kind={kind}>
      <span data-testid="partner-reservation">{text}</span>
    </Notice>
  );
}
