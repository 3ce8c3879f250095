"""GetCompositeSchedule: the model's composite schedule of the EVSE."""


def translate(dialect, p):
    ask = {"connectorId": p["evseId"], "duration": p["duration"]}
    if p.get("chargingRateUnit"):
        ask["chargingRateUnit"] = p["chargingRateUnit"]

    def answer(res):
        if res.get("status") != "Accepted":
            return {"status": "Rejected"}
        sched = res["chargingSchedule"]
        return {
            "status": "Accepted",
            "schedule": {
                "evseId": res["connectorId"],
                "duration": sched.get("duration", p["duration"]),
                "scheduleStart": res["scheduleStart"],
                "chargingRateUnit": sched["chargingRateUnit"],
                "chargingSchedulePeriod": sched["chargingSchedulePeriod"],
            },
        }

    return "GetCompositeSchedule", ask, answer
