"""OCPP configuration keys: defaults, read-only flags, types, and the values the central system
changed (ChangeConfiguration), persisted in `<store_dir>/ocpp_config.json`."""

from firmware import compat

# name: (default, readonly, type) -- type: int, bool, str, csl (comma separated list)
KEYS = {
    "AllowOfflineTxForUnknownId": (False, False, "bool"),
    "AuthorizationCacheEnabled": (True, False, "bool"),
    "AuthorizeRemoteTxRequests": (False, False, "bool"),
    "ClockAlignedDataInterval": (0, False, "int"),
    "ConnectionTimeOut": (60, False, "int"),
    "ConnectorPhaseRotation": ("NotApplicable", False, "str"),
    "GetConfigurationMaxKeys": (60, True, "int"),
    "HeartbeatInterval": (300, False, "int"),
    "LocalAuthorizeOffline": (True, False, "bool"),
    "LocalPreAuthorize": (False, False, "bool"),
    "MeterValuesAlignedData": ("Energy.Active.Import.Register", False, "csl"),
    "MeterValuesAlignedDataMaxLength": (8, True, "int"),
    "MeterValuesSampledData": ("Energy.Active.Import.Register,Power.Active.Import", False, "csl"),
    "MeterValuesSampledDataMaxLength": (8, True, "int"),
    "MeterValueSampleInterval": (60, False, "int"),
    "NumberOfConnectors": (1, True, "int"),
    "ResetRetries": (1, False, "int"),
    "StopTransactionOnEVSideDisconnect": (True, False, "bool"),
    "StopTransactionOnInvalidId": (True, False, "bool"),
    "StopTxnAlignedData": ("", False, "csl"),
    "StopTxnSampledData": ("", False, "csl"),
    "SupportedFeatureProfiles": (
        "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger",
        True,
        "str",
    ),
    "TransactionMessageAttempts": (3, False, "int"),
    "TransactionMessageRetryInterval": (60, False, "int"),
    "UnlockConnectorOnEVSideDisconnect": (True, False, "bool"),
    "WebSocketPingInterval": (0, False, "int"),
    "LocalAuthListEnabled": (True, False, "bool"),
    "LocalAuthListMaxLength": (100, True, "int"),
    "SendLocalListMaxLength": (100, True, "int"),
    "ReserveConnectorZeroSupported": (True, True, "bool"),
    "ChargeProfileMaxStackLevel": (10, True, "int"),
    "ChargingScheduleAllowedChargingRateUnit": ("Current,Power", True, "str"),
    "ChargingScheduleMaxPeriods": (24, True, "int"),
    "MaxChargingProfilesInstalled": (10, True, "int"),
    "AuthorizationKey": ("", False, "secret"),
    "SecurityProfile": (0, False, "int"),
}

MEASURANDS = (
    "Energy.Active.Import.Register",
    "Power.Active.Import",
    "Current.Import",
    "Voltage",
    "SoC",
    "Current.Offered",
    "Temperature",
)


class Configuration:
    def __init__(self, store_dir, initial=None, connectors=1, auth_key=None):
        self.path = compat.path_join(store_dir, "ocpp_config.json")
        self.values = {}
        for k in KEYS:
            self.values[k] = KEYS[k][0]
        self.values["NumberOfConnectors"] = connectors
        if auth_key:
            self.values["AuthorizationKey"] = auth_key
        for k in initial or {}:
            self.values[k] = initial[k]
        saved = compat.read_json(self.path, None) or {}
        for k in saved:
            self.values[k] = saved[k]

    def get(self, key):
        return self.values.get(key)

    def int_value(self, key):
        v = self.values.get(key)
        return v if isinstance(v, int) else 0

    def list(self, key):
        v = self.values.get(key)
        return [x.strip() for x in v.split(",") if x.strip()] if isinstance(v, str) else []

    def as_string(self, key):
        v = self.values[key]
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)

    def change(self, key, value):
        """-> Accepted / Rejected / RebootRequired / NotSupported"""
        if key not in KEYS:
            return "NotSupported"
        default, readonly, typ = KEYS[key]
        if readonly:
            return "Rejected"
        v: "int | str"  # a bool is an int
        if typ == "int":
            try:
                v = int(value)
            except ValueError:
                return "Rejected"
            if v < 0:
                return "Rejected"
            if key == "SecurityProfile" and (v < self.int_value(key) or v > 3):
                return "Rejected"  # no downgrade over OCPP
        elif typ == "bool":
            if value.lower() not in ("true", "false"):
                return "Rejected"
            v = value.lower() == "true"
        elif typ == "csl":
            items = [x.strip() for x in value.split(",") if x.strip()]
            for it in items:
                if it not in MEASURANDS:
                    return "Rejected"
            if len(items) > 8:
                return "Rejected"
            v = ",".join(items)
        elif typ == "secret":
            if len(value) < 16 or len(value) > 40:
                return "Rejected"
            v = value
        else:
            v = value
        self.values[key] = v
        saved = compat.read_json(self.path, None) or {}
        saved[key] = v
        compat.write_json(self.path, saved)
        return "Accepted"
