"""A small synchronous GraphQL client for driving a `plagsini serve` node from the firmware tests."""

import time

import httpx

from api.relay import encode_id


class GraphQLError(AssertionError):
    pass


class PlatformClient:
    def __init__(self, http_url, token=None):
        self.http = httpx.Client(base_url=http_url, timeout=15)
        self.token = token

    def close(self):
        self.http.close()

    def rebase(self, http_url):
        """Point at a restarted node (same database, maybe another port)."""
        self.http.close()
        self.http = httpx.Client(base_url=http_url, timeout=15)

    def gql(self, query, variables=None, check=True):
        headers = {"Authorization": "Bearer " + self.token} if self.token else {}
        r = self.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
        body = r.json()
        if check and body.get("errors"):
            raise GraphQLError(f"GraphQL errors: {body['errors']}")
        return body.get("data") or {}

    def mutate(self, name, query, variables):
        """Run a mutation whose payload has `errors { field message }`; fail on any user error."""
        data = self.gql(query, variables)[name]
        if data.get("errors"):
            raise GraphQLError(f"{name}: {data['errors']}")
        return data

    def login(self, email, password):
        data = self.mutate(
            "login",
            "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } errors { message } } }",
            {"i": {"email": email, "password": password}},
        )
        self.token = data["tokens"]["accessToken"]
        return self.token

    # --- queries used by the e2e test ----------------------------------------------------------

    def charger(self, charger_id):
        return self.gql(
            """query($id: ID!) { charger(id: $id) { id online lastBootAt
                 connectors { connectorId status errorCode } } }""",
            {"id": charger_id},
        )["charger"]

    def connector_status(self, charger_id, connector_id=1):
        for c in self.charger(charger_id)["connectors"]:
            if c["connectorId"] == connector_id:
                return c["status"]
        return None

    def meter_values(self, charger_id, since, transaction_id=None, measurand=None):
        return self.gql(
            """query($c: ID!, $s: DateTime!, $t: Int, $m: String) {
                 meterValues(chargerId: $c, since: $s, transactionId: $t, measurand: $m) {
                   connectorId transactionId timestamp measurand unit value context } }""",
            {"c": charger_id, "s": since, "t": transaction_id, "m": measurand},
        )["meterValues"]

    def session(self, transaction_id):
        return self.gql(
            """query($id: ID!) { chargingSession(id: $id) {
                 id transactionId status connectorId startedAt stoppedAt energyWh billed stopReason
                 cost { amount currency } costLines { code quantity unit amount { amount } } } }""",
            {"id": encode_id("ChargingSession", transaction_id)},
        )["chargingSession"]

    def messages(self, cpid, action=None, direction="in", since=None, first=100):
        """The platform's OCPP message log (oldest first)."""
        data = self.gql(
            """query($cp: String, $a: String, $d: String, $s: DateTime, $f: Int) {
                 ocppMessages(chargePointId: $cp, action: $a, direction: $d, since: $s, first: $f) {
                   nodes { id direction messageType action uniqueId payload createdAt } } }""",
            {"cp": cpid, "a": action, "d": direction, "s": since, "f": first},
        )["ocppMessages"]["nodes"]
        return list(reversed(data))


def poll(fetch, accept, timeout, what, interval=0.1):
    """Call fetch() until accept(value) is true or the deadline passes; return that value.

    For state in another process (the platform's database) there is no event to wait on."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            last = fetch()
        except (httpx.HTTPError, GraphQLError) as e:
            last = e
        else:
            if accept(last):
                return last
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}; last: {last!r}")
        time.sleep(interval)
