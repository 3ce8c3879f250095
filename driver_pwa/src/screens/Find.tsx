import { useT } from "../lib/i18n";
import { lazy, Suspense, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useMutation } from "urql";
import { StartPartnerChargingDocument } from "../gql/graphql";
import { describeError, firstUserError } from "../lib/client";
import { useTokens } from "../lib/session";
import { KeptAge, Notice, Page, StatusPill } from "../components/ui";
import { chargerStatus, startable, useChargers } from "../lib/chargers";
import { distance, kw, num, unitPrice } from "../lib/format";
import { directionsUrl } from "../lib/geo";
import { partnerAvailability, partnerPrice, usePartnerStations, type PartnerStation } from "../lib/partners";

const PILL = { available: "Available", busy: "Charging", offline: "Unavailable" } as const;

// Leaflet and the map are a chunk of their own, fetched when the driver opens the map view.
const ChargerMap = lazy(() => import("../components/MapChunk").then((m) => ({ default: m.ChargerMap })));

const TYPES = ["CCS2", "Type2", "CHAdeMO", "GB-T"];
const POWERS = [0, 7, 22, 50, 100];
/** Price ceilings offered, ringgit per kWh (the server compares the tariff that applies). */
const PRICES = ["0.80", "1.00", "1.50"];
const NETWORKS = ["ours", "partners"] as const;

/** The filters and the view live in the address (?type=&kw=&now=1&price=&view=list): they stay when
 * switching between map and list, and when coming back from a charger. */
function useFindState() {
  const [params, setParams] = useSearchParams();
  const type = TYPES.includes(params.get("type") ?? "") ? params.get("type") : null;
  const minPower = POWERS.includes(Number(params.get("kw"))) ? Number(params.get("kw")) : 0;
  const availableNow = params.get("now") === "1";
  const maxPrice = PRICES.includes(params.get("price") ?? "") ? params.get("price") : null;
  const view: "map" | "list" = params.get("view") === "list" ? "list" : "map";
  // Which network: both (null), ours only, or roaming partners' only.
  const network = NETWORKS.includes(params.get("net") as (typeof NETWORKS)[number]) ? (params.get("net") as (typeof NETWORKS)[number]) : null;
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return { type, minPower, availableNow, maxPrice, view, network, set };
}

export function Find() {
  const { type, minPower, availableNow, maxPrice, view, network, set } = useFindState();
  const { chargers, position, settled, fetching, error, savedAt } = useChargers({ connectorType: type, minPowerKw: minPower || null, availableNow, maxPricePerKwh: maxPrice });
  // Filtered and sorted by distance on the server.
  const shown = network === "partners" ? [] : chargers;
  // The same filters on partners' stations (their price is the partner's, in the partner's terms:
  // a price ceiling leaves them out).
  const partnerStations = usePartnerStations(position, settled, { connectorType: type, minPowerKw: minPower || null, availableNow });
  const partners = network === "ours" || maxPrice ? [] : partnerStations;
  const t = useT();
  return (
    <Page
      title={t("find.title")}
      actions={
        <div className="view-toggle" role="group" aria-label={t("find.view")}>
          <button className={`chip ${view === "map" ? "on" : ""}`} aria-pressed={view === "map"} data-testid="view-map" onClick={() => set("view", null)}>
            {t("find.map")}
          </button>
          <button className={`chip ${view === "list" ? "on" : ""}`} aria-pressed={view === "list"} data-testid="view-list" onClick={() => set("view", "list")}>
            {t("find.list")}
          </button>
        </div>
      }
    >
      <div className="chips" role="group" aria-label={t("find.connectorType")}>
        <button className={`chip ${type === null ? "on" : ""}`} aria-pressed={type === null} onClick={() => set("type", null)}>{t("find.allTypes")}</button>
        {TYPES.map((k) => (
          <button key={k} className={`chip ${type === k ? "on" : ""}`} aria-pressed={type === k} onClick={() => set("type", k)}>{k}</button>
        ))}
      </div>
      <div className="chips" role="group" aria-label={t("find.minPower")}>
        {POWERS.map((p) => (
          <button key={p} className={`chip ${minPower === p ? "on" : ""}`} aria-pressed={minPower === p} onClick={() => set("kw", p ? String(p) : null)}>
            {p ? `≥ ${num(p, 0)} kW` : t("find.anyPower")}
          </button>
        ))}
      </div>
      <div className="chips">
        <button
          className={`chip ${availableNow ? "on" : ""}`}
          aria-pressed={availableNow}
          data-testid="filter-available-now"
          onClick={() => set("now", availableNow ? null : "1")}
        >
          {t("find.availableNow")}
        </button>
        <span className="chips-group" role="group" aria-label={t("find.maxPrice")}>
        <button className={`chip ${maxPrice === null ? "on" : ""}`} aria-pressed={maxPrice === null} onClick={() => set("price", null)}>
          {t("find.anyPrice")}
        </button>
        {PRICES.map((p) => (
          <button key={p} className={`chip ${maxPrice === p ? "on" : ""}`} aria-pressed={maxPrice === p} data-testid={`filter-price-${p}`} onClick={() => set("price", p)}>
            {t("find.priceUpTo", { price: unitPrice(p) })}
          </button>
        ))}
        </span>
      </div>
      <div className="chips" role="group" aria-label={t("find.network")}>
        <button className={`chip ${network === null ? "on" : ""}`} aria-pressed={network === null} data-testid="filter-network-all" onClick={() => set("net", null)}>
          {t("find.networkAll")}
        </button>
        <button className={`chip ${network === "ours" ? "on" : ""}`} aria-pressed={network === "ours"} data-testid="filter-network-ours" onClick={() => set("net", "ours")}>
          {t("find.networkOurs")}
        </button>
        <button className={`chip ${network === "partners" ? "on" : ""}`} aria-pressed={network === "partners"} data-testid="filter-network-partners" onClick={() => set("net", "partners")}>
          {t("find.networkPartners")}
        </button>
      </div>
      <Notice kind="warning">{error}</Notice>
      <KeptAge at={savedAt} />
      {view === "map" && (
        <Suspense fallback={<div className="map-loading" role="status" aria-live="polite">{t("common.loading")}</div>}>
          <ChargerMap chargers={shown} position={position} partners={partners} />
        </Suspense>
      )}
      <h2>{position ? t("find.nearest") : t("home.stations")}</h2>
      {!position && <p className="muted">{t("find.allowLocation")}</p>}
      {fetching && !shown.length && <p className="muted">{t("find.loading")}</p>}
      {network !== "partners" && (
      <div className="card" data-testid="charger-list">
        {!shown.length && !fetching && <p className="muted">{t("find.none")}</p>}
        {shown.map((c) => (
          <div key={c.id} className="list-item">
            <div className="grow">
              <Link to={`/c/${encodeURIComponent(c.chargePointId)}`}>
                <strong>{c.name ?? c.chargePointId}</strong>
              </Link>
              <div className="muted">
                {c.address ?? c.city ?? ""} {c.maxPowerKw ? t("find.upTo", { kw: kw(c.maxPowerKw) }) : ""}
              </div>
              <div className="row" style={{ gap: 6, marginTop: 4 }}>
                <StatusPill status={chargerStatus(c)} />
                <span className="muted">{t("find.free", { free: c.connectors.filter(startable).length, total: c.connectors.length })}</span>
              </div>
            </div>
            <div className="col" style={{ alignItems: "flex-end" }}>
              <span className="muted">{position ? distance(c.distanceKm) : ""}</span>
              {c.latitude !== null && c.longitude !== null && (
                <a className="chip" href={directionsUrl(Number(c.latitude), Number(c.longitude))} target="_blank" rel="noreferrer">
                  {t("charger.directions")}
                </a>
              )}
            </div>
          </div>
        ))}
      </div>
      )}
      {network === "partners" && !partners.length && <p className="muted" data-testid="partner-none">{t("find.none")}</p>}
      {partners.length > 0 && (
        <>
          <h2>{t("partners.title")}</h2>
          <div className="card" data-testid="partner-list">
            {partners.map((p) => (
              <PartnerItem key={p.id} p={p} showDistance={!!position} />
            ))}
          </div>
        </>
      )}
    </Page>
  );
}

/** A partner's station in the list: marked as another network's, its live availability and the
 * tariff the partner states (before starting). */
function PartnerItem({ p, showDistance }: { p: PartnerStation; showDistance: boolean }) {
  const t = useT();
  const tokens = useTokens();
  const navigate = useNavigate();
  const [{ fetching: starting }, start] = useMutation(StartPartnerChargingDocument);
  const [error, setError] = useState<string | null>(null);
  const free = p.evses.find((e) => e.status === "AVAILABLE");
  const power = Math.max(0, ...p.evses.map((e) => Number(e.maxPowerKw ?? 0)));
  const vat = p.tariff?.prices.find((x) => x.vatPercent !== null)?.vatPercent;
  return (
    <div className="list-item" data-testid="partner-item">
      <div className="grow">
        <Link to={`/p/${encodeURIComponent(p.id)}`} data-testid="partner-open">
          <strong>{p.name ?? p.locationId}</strong>
        </Link>
        <div>
          <span className="partner-badge">{t("partners.badge", { partner: p.partner })}</span>
        </div>
        <div className="muted">
          {p.address}, {p.city} {power ? t("find.upTo", { kw: kw(power) }) : ""}
        </div>
        <div className="row" style={{ gap: 6, marginTop: 4 }}>
          <StatusPill status={PILL[partnerAvailability(p)]} />
          <span className="muted">{t("partners.free", { free: p.availableCount, total: p.evses.length })}</span>
        </div>
        <div className="partner-tariff" data-testid="partner-tariff">
          {p.tariff ? (
            <>
              {t("partners.tariff")}:{" "}
              {p.tariff.prices.map((x) => partnerPrice(x, t("partners.perSession")) + (x.conditional ? ` (${t("partners.sometimes")})` : "")).join(" + ")}
              {vat ? ` · ${t("partners.exclVat", { vat: Number(vat) })}` : ""}
            </>
          ) : (
            t("partners.noTariff")
          )}
        </div>
        {tokens && free && (
          <button
            className="chip"
            data-testid="partner-start"
            disabled={starting}
            onClick={async () => {
              const r = await start({ stationId: p.id, evseUid: free.uid });
              const session = r.data?.startPartnerCharging.session;
              if (session) navigate(`/partner-charging/${encodeURIComponent(session.id)}`);
              else setError(describeError(r.error) ?? firstUserError(r.data?.startPartnerCharging.errors));
            }}
          >
            {t("partners.start")}
          </button>
        )}
        {error && <p className="error" role="alert">{error}</p>}
      </div>
      <div className="col" style={{ alignItems: "flex-end" }}>
        <span className="muted">{showDistance ? distance(p.distanceKm) : ""}</span>
        <a className="chip" href={directionsUrl(p.latitude, p.longitude)} target="_blank" rel="noreferrer">
          {t("charger.directions")}
        </a>
      </div>
    </div>
  );
}
