import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { MyFavouriteAndRecentStationsDocument, SetFavouriteStationDocument } from "../gql/graphql";
import type { Charger } from "../graphql/types";
import { availability, AVAILABILITY_COLOR, chargerStatus } from "../lib/chargers";
import { describeError, firstUserError } from "../lib/client";
import { statusLabel, useT } from "../lib/i18n";
import { Notice } from "./ui";

type Row = Pick<Charger, "id" | "chargePointId" | "name" | "address" | "city" | "online" | "connectors">;

function StationRow({ c, testId }: { c: Row; testId: string }) {
  return (
    <Link to={`/c/${encodeURIComponent(c.chargePointId)}`} className="list-item" data-testid={testId}>
      <span style={{ color: AVAILABILITY_COLOR[availability(c)] }} aria-hidden>
        ●
      </span>
      <div className="grow">
        <div>{c.name ?? c.chargePointId}</div>
        <div className="muted">{c.address ?? c.city ?? ""}</div>
      </div>
      <span className="muted">{statusLabel(chargerStatus(c))}</span>
    </Link>
  );
}

/** The driver's starred chargers and the ones they charged at lately (home screen). */
export function FavouritesAndRecent() {
  const t = useT();
  const [res] = useQuery({ query: MyFavouriteAndRecentStationsDocument, requestPolicy: "cache-and-network" });
  const favourites = res.data?.myFavouriteStations ?? [];
  const starred = new Set(favourites.map((c) => c.id));
  const recent = (res.data?.myRecentStations ?? []).filter((c) => !starred.has(c.id));
  return (
    <>
      <h2>{t("home.favourites")}</h2>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <div className="card" data-testid="favourites">
        {res.data && favourites.length === 0 && <p className="muted">{t("home.noFavourites")}</p>}
        {favourites.map((c) => (
          <StationRow key={c.id} c={c} testId="favourite" />
        ))}
      </div>
      {recent.length > 0 && (
        <>
          <h2>{t("home.recent")}</h2>
          <div className="card" data-testid="recent">
            {recent.map((c) => (
              <StationRow key={c.id} c={c} testId="recent-station" />
            ))}
          </div>
        </>
      )}
    </>
  );
}

/** ☆ / ★ on a charger's page: stars it for the signed-in driver (stored on the server). */
export function FavouriteButton({ chargePointId }: { chargePointId: string }) {
  const t = useT();
  const [res, refetch] = useQuery({ query: MyFavouriteAndRecentStationsDocument, requestPolicy: "cache-and-network" });
  const [{ fetching, data, error }, setFavourite] = useMutation(SetFavouriteStationDocument);
  const on = (res.data?.myFavouriteStations ?? []).some((c) => c.chargePointId === chargePointId);
  const message = firstUserError(data?.setFavouriteStation.errors) ?? describeError(error);
  return (
    <>
      <button
        className="star"
        aria-pressed={on}
        aria-label={on ? t("fav.remove") : t("fav.add")}
        title={on ? t("fav.remove") : t("fav.add")}
        disabled={fetching || !res.data}
        data-testid="favourite-toggle"
        onClick={async () => {
          await setFavourite({ input: { chargePointId, favourite: !on } });
          refetch({ requestPolicy: "network-only" });
        }}
      >
        {on ? "★" : "☆"}
      </button>
      {message && <span className="sr-only" role="alert">{message}</span>}
    </>
  );
}
