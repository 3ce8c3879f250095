"""The charger's own user interface: the LCD pages (`firmware.lcd`) and the start/stop buttons."""


class DisplayService:
    def __init__(self, cp):
        self.cp = cp

    async def button(self, name):
        cp = self.cp
        c = cp.connectors[0]
        if name == "start" and c.tx is None:
            await cp.transactions.present_id_tag(cp.cfg["local_id_tag"], c.id)
        elif name == "stop" and c.tx is not None:
            cp.transactions.stop(c, "Local")

    def render(self):
        cp = self.cp
        try:
            from firmware.lcd import render

            cp.hal.display(render(cp, cp.cfg["lcd"]["cols"], cp.cfg["lcd"]["rows"]))
        except Exception as e:  # noqa: BLE001 - the display must never stop charging
            cp.log("lcd", e)
