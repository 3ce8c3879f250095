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
  if (!r || r.reason !== "NO_CREDIT") return null;
  if (balance && Number(balance.amount) >= Number(r.required.amount)) return null;
  const where = r.chargerName ?? r.chargePointId ?? "a charger";
  return (
    <div className="notice error" role="alert" data-testid="start-refusal">
      <strong>Charging was refused at {where}</strong>
      <div>
        Your wallet held {money(r.balance)} but at least {money(r.required)} is needed to start charging
        {r.stoppedSession ? "; the charger was told to stop the session" : ""}. Top up {money(r.shortfall)} or more to charge.
      </div>
      <div className="muted">{dateTime(r.createdAt)}</div>
      {showLink && (
        <Link className="btn small" to="/wallet" data-testid="start-refusal-topup">
          Top up
        </Link>
      )}
    </div>
  );
}
