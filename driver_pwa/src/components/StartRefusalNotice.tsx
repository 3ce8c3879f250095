import { useT } from "../lib/i18n";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { MyStartRefusalsDocument } from "../gql/graphql";
import { dateTime, money, type Money } from "../lib/format";

/**
 * Why a charger refused the driver's card (the platform's minimum-balance rule): the latest refusal
 * of the last day, while the wallet is still below what was needed, with a way to top up.
 */
export function StartRefusalNotice({ balance, showLink = true }: { balance?: Money; showLink?: boolean }) {
  const [res] = useQuery({ query: MyStartRefusalsDocument, requestPolicy: "cache-and-network" });
  const r = res.data?.myStartRefusals?.[0];
  const t = useT();
  if (!r || r.reason !== "NO_CREDIT") return null;
  if (balance && Number(balance.amount) >= Number(r.required.amount)) return null;
  const where = r.chargerName ?? r.chargePointId ?? t("refusal.aCharger");
  return (
    <div className="notice error" role="alert" data-testid="start-refusal">
      <strong>{t("refusal.title", { where })}</strong>
      <div>
        {t("refusal.body", {
          balance: money(r.balance),
          required: money(r.required),
          shortfall: money(r.shortfall),
          stopped: r.stoppedSession ? t("refusal.stopped") : "",
        })}
      </div>
      <div className="muted">{dateTime(r.createdAt)}</div>
      {showLink && (
        <Link className="btn small" to="/wallet" data-testid="start-refusal-topup">
          {t("home.topUp")}
        </Link>
      )}
    </div>
  );
}
