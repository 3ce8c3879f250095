"""The charger's 1.6 configuration keys as 2.0.1 device-model variables (GetVariables, SetVariables,
GetBaseReport); a key with no standard variable is one of the vendor component's."""

VARIABLES = {
    "HeartbeatInterval": ("OCPPCommCtrlr", "HeartbeatInterval"),
    "ChargingScheduleAllowedChargingRateUnit": ("SmartChargingCtrlr", "RateUnit"),
    "ChargeProfileMaxStackLevel": ("SmartChargingCtrlr", "ProfileStackLevel"),
    "ChargingScheduleMaxPeriods": ("SmartChargingCtrlr", "PeriodsPerSchedule"),
    "MeterValueSampleInterval": ("SampledDataCtrlr", "TxUpdatedInterval"),
    "ClockAlignedDataInterval": ("AlignedDataCtrlr", "Interval"),
    "AuthorizationKey": ("SecurityCtrlr", "BasicAuthPassword"),
}
KEYS = dict([(v, k) for k, v in VARIABLES.items()])
VENDOR_COMPONENT = "PlagSiniCtrlr"
REPORT_ITEMS = 20  # reportData items per NotifyReport
#: 1.6 configuration values as 2.0.1 spells them (the rate units).
VALUE_201 = {"Current,Power": "A,W", "Current": "A", "Power": "W", "Power,Current": "W,A"}
