"""ChangeConfiguration: set one key (validated by the configuration service). A new
AuthorizationKey makes the charger reconnect with it, as the OCPP 1.6 security whitepaper asks."""


def handle(cp, payload):
    key = payload["key"]
    value = payload["value"]
    status = cp.config.change(key, value)
    if key == "MeterValueSampleInterval" and status == "Accepted":
        cp.metering.restart_intervals()
    if key == "AuthorizationKey" and status == "Accepted":
        ws = cp.ws

        async def reconnect():
            cp.connection.drop(ws)

        return {"status": status}, reconnect
    return {"status": status}
