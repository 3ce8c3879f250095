import { useT } from "../lib/i18n";
import { FavouritesAndRecent } from "../components/Favourites";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { StartRefusalNotice } from "../components/StartRefusalNotice";
import { Notice, Page, KeptAge } from "../components/ui";
import { savedAt } from "../lib/offline";
import { describeError } from "../lib/client";
import { availability, useChargers } from "../lib/chargers";
import { distance, kwh, money } from "../lib/format";
import { remembered } from "../lib/session";
import { ActiveSessionDocument, MeDocument, WalletBalanceDocument } from "../gql/graphql";
import { useEffect } from "react";

export function ActiveSessionBanner() {
  const [res] = useQuery({ query: ActiveSessionDocument, requestPolicy: "network-only" });
  const s = res.data?.activeSession;
  const t = useT();
  useEffect(() => {
    if (res.data) remembered.setSession(s ? s.id : null);
  }, [res.data, s]);
  if (!s) return null;
  return (
    <Link to={`/charging/${s.id}`} className="banner-live" data-testid="active-session">
      <div className="row between">
        <strong>⚡ {t("home.chargingAt", { name: s.charger?.name ?? s.charger?.chargePointId ?? t("home.yourCharger") })}</strong>
        <span>›</span>
      </div>
      <div className="muted">
        {kwh(s.energyWh / 1000)} · {s.cost ? money(s.cost) : t("home.running")}
      </div>
    </Link>
  );
}

export function Home() {
  const [me] = useQuery({ query: MeDocument });
  const [wallet] = useQuery({ query: WalletBalanceDocument });
  const balance = wallet.data?.me?.wallet.balance;
  const { chargers, error, position, savedAt: stationsSavedAt } = useChargers({ first: 5 });
  const t = useT();
  const name = me.data?.me?.name?.split(" ")[0];
  return (
    <Page title={name ? t("home.hi", { name }) : "PlagSini"}>
      <ActiveSessionBanner />
      {wallet.data && <StartRefusalNotice balance={balance} />}
      <div className="card surface">
        <div className="row between">
          <div>
            <div className="muted">{t("home.balance")}</div>
            <div className="big" data-testid="home-balance">{balance ? money(balance) : "—"}</div>
          </div>
          <Link className="btn small" to="/wallet">{t("home.topUp")}</Link>
        </div>
        <Notice kind="warning">{describeError(wallet.error)}</Notice>
        <KeptAge at={savedAt(wallet)} />
      </div>
      <div className="quick">
        <Link to="/scan"><span>▣</span>{t("nav.scan")}</Link>
        <Link to="/find"><span>◎</span>{t("nav.find")}</Link>
        <Link to="/history"><span>≡</span>{t("nav.history")}</Link>
        <Link to="/rewards"><span>★</span>{t("nav.rewards")}</Link>
      </div>
      <FavouritesAndRecent />
      {/* "Nearby" and distances only around the driver's real position, never a made-up one. */}
      <h2 data-testid="stations-heading">{position ? t("home.nearby") : t("home.stations")}</h2>
      {!position && <p className="muted">{t("home.allowLocation")}</p>}
      <Notice kind="warning">{error}</Notice>
      <KeptAge at={stationsSavedAt} />
      <div className="card" hidden={!!error && chargers.length === 0}>
        {chargers.length === 0 && !error && <p className="muted">{t("home.none")}</p>}
        {chargers.slice(0, 5).map((c) => (
          <Link key={c.id} to={`/c/${encodeURIComponent(c.chargePointId)}`} className="list-item">
            <span style={{ color: availability(c) === "available" ? "#00FF88" : availability(c) === "busy" ? "#56c2ff" : "#FF4444" }}>●</span>
            <div className="grow">
              <div>{c.name ?? c.chargePointId}</div>
              <div className="muted">{c.address ?? c.city ?? ""}</div>
            </div>
            <span className="muted">{position ? distance(c.distanceKm) : ""}</span>
          </Link>
        ))}
      </div>
    </Page>
  );
}
