"""Monitoring of OCPP 2.0.1 stations in the console: the events they notified (`chargerDeviceEvents`),
the monitors on their variables (`variableMonitors`), and the commands SetVariableMonitoring,
ClearVariableMonitoring, SetMonitoringBase, SetMonitoringLevel, GetMonitoringReport. See
`domain/monitoring.py`."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from api.device_model import ComponentVariableInput, component_variables
from api.mapped import mapped
from api.ocpp_ops import OcppCommandPayload, charger_rows, run_command
from db import models as m
from domain import monitoring


@strawberry.enum(description="OCPP 2.0.1 MonitorEnumType.")
class MonitorType(Enum):
    UPPER_THRESHOLD = "UpperThreshold"
    LOWER_THRESHOLD = "LowerThreshold"
    DELTA = "Delta"
    PERIODIC = "Periodic"
    PERIODIC_CLOCK_ALIGNED = "PeriodicClockAligned"


@strawberry.enum(description="OCPP 2.0.1 MonitoringBaseEnumType.")
class MonitoringBase(Enum):
    ALL = "All"
    FACTORY_DEFAULT = "FactoryDefault"
    HARD_WIRED_ONLY = "HardWiredOnly"


@strawberry.enum(description="OCPP 2.0.1 MonitoringCriterionEnumType.")
class MonitoringCriterion(Enum):
    THRESHOLD_MONITORING = "ThresholdMonitoring"
    DELTA_MONITORING = "DeltaMonitoring"
    PERIODIC_MONITORING = "PeriodicMonitoring"


@strawberry.type(
    description="An event a station notified (NotifyEvent): a variable changed or crossed a monitor."
)
class ChargerDeviceEvent:
    event_id: int
    at: dt.datetime
    trigger: str = strawberry.field(description="Alerting, Delta or Periodic.")
    actual_value: str
    notification_type: str = strawberry.field(
        description="HardWiredNotification, HardWiredMonitor, PreconfiguredMonitor, CustomMonitor."
    )
    component: str
    component_instance: str | None
    evse_id: int | None
    connector_id: int | None
    variable: str
    variable_instance: str | None
    cause: int | None
    tech_code: str | None
    tech_info: str | None
    cleared: bool | None
    transaction_id: str | None
    variable_monitoring_id: int | None

    @classmethod
    def from_model(cls, e: m.ChargerDeviceEvent) -> ChargerDeviceEvent:
        return mapped(cls, e)


@strawberry.type(description="A monitor on a station's variable.")
class VariableMonitor:
    monitor_id: int
    component: str
    component_instance: str | None
    evse_id: int | None
    connector_id: int | None
    variable: str
    variable_instance: str | None
    type: str
    value: float
    severity: int
    transaction: bool

    @classmethod
    def from_model(cls, r: m.VariableMonitor) -> VariableMonitor:
        return mapped(cls, r)


@strawberry.type
class Query:
    @strawberry.field(description="Admins: the newest events an OCPP 2.0.1 station notified (NotifyEvent).")
    async def charger_device_events(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[ChargerDeviceEvent]:
        return await charger_rows(info, charger_id, monitoring.events, ChargerDeviceEvent.from_model)

    @strawberry.field(description="Admins: the monitors known on an OCPP 2.0.1 station's variables.")
    async def variable_monitors(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[VariableMonitor]:
        return await charger_rows(info, charger_id, monitoring.monitors, VariableMonitor.from_model)


@strawberry.input(description="SetVariableMonitoring: one monitor on one variable.")
class SetVariableMonitoringInput:
    charger_id: strawberry.ID
    component: str
    variable: str
    type: MonitorType
    value: float
    severity: int = strawberry.field(description="0 (Danger) … 9 (Debug).")
    transaction: bool = False
    component_instance: str | None = None
    evse_id: int | None = None
    connector_id: int | None = None
    variable_instance: str | None = None
    monitor_id: int | None = strawberry.field(default=None, description="Replace the monitor with this id.")


@strawberry.input
class ClearVariableMonitoringInput:
    charger_id: strawberry.ID
    monitor_ids: list[int]


@strawberry.input
class SetMonitoringBaseInput:
    charger_id: strawberry.ID
    monitoring_base: MonitoringBase


@strawberry.input
class SetMonitoringLevelInput:
    charger_id: strawberry.ID
    severity: int = strawberry.field(description="Report events of this severity and more severe (0–9).")


@strawberry.input
class GetMonitoringReportInput:
    charger_id: strawberry.ID
    monitoring_criteria: list[MonitoringCriterion] | None = None
    component_variables: list[ComponentVariableInput] | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Admins: SetVariableMonitoring (an accepted monitor is stored).")
    async def set_variable_monitoring(
        self, info: strawberry.Info, input: SetVariableMonitoringInput
    ) -> OcppCommandPayload:
        (where,) = component_variables(
            [
                ComponentVariableInput(
                    component=input.component,
                    component_instance=input.component_instance,
                    evse_id=input.evse_id,
                    connector_id=input.connector_id,
                    variable=input.variable,
                    variable_instance=input.variable_instance,
                )
            ]
        )
        data: dict[str, Any] = {
            "value": input.value,
            "type": input.type.value,
            "severity": input.severity,
            "transaction": input.transaction,
            **where,
        }
        if input.monitor_id is not None:
            data["id"] = input.monitor_id

        def status(result: dict[str, Any]) -> str | None:
            return (result.get("setMonitoringResult") or [{}])[0].get("status")

        return await run_command(  # type: ignore[no-any-return]
            info, input.charger_id, "SetVariableMonitoring", {"setMonitoringData": [data]}, status
        )

    @strawberry.mutation(description="Admins: ClearVariableMonitoring (cleared monitors are removed).")
    async def clear_variable_monitoring(
        self, info: strawberry.Info, input: ClearVariableMonitoringInput
    ) -> OcppCommandPayload:
        def status(result: dict[str, Any]) -> str | None:
            found = {r.get("status") for r in result.get("clearMonitoringResult") or []}
            return found.pop() if len(found) == 1 else "Mixed"

        payload = {"id": input.monitor_ids}
        return await run_command(info, input.charger_id, "ClearVariableMonitoring", payload, status)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: SetMonitoringBase (All, FactoryDefault, HardWiredOnly).")
    async def set_monitoring_base(
        self, info: strawberry.Info, input: SetMonitoringBaseInput
    ) -> OcppCommandPayload:
        payload = {"monitoringBase": input.monitoring_base.value}
        return await run_command(info, input.charger_id, "SetMonitoringBase", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(description="Admins: SetMonitoringLevel (the least severe events still reported).")
    async def set_monitoring_level(
        self, info: strawberry.Info, input: SetMonitoringLevelInput
    ) -> OcppCommandPayload:
        payload = {"severity": input.severity}
        return await run_command(info, input.charger_id, "SetMonitoringLevel", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: GetMonitoringReport; the station's NotifyMonitoringReports update the monitors."
    )
    async def get_monitoring_report(
        self, info: strawberry.Info, input: GetMonitoringReportInput
    ) -> OcppCommandPayload:
        payload: dict[str, Any] = {}
        if input.monitoring_criteria:
            payload["monitoringCriteria"] = [c.value for c in input.monitoring_criteria]
        if input.component_variables:
            payload["componentVariable"] = component_variables(input.component_variables)
        return await run_command(info, input.charger_id, "GetMonitoringReport", payload)  # type: ignore[no-any-return]
