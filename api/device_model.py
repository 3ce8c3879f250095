"""The device model of OCPP 2.0.1 stations in the console: the stored variables and report requests
(`chargerDeviceModel`), and the commands that fetch and change them (GetBaseReport, GetReport,
SetVariables as `setDeviceVariable`, SetNetworkProfile). See `domain/device_model.py`."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import strawberry

from api.mapped import mapped
from api.ocpp_ops import OcppCommandPayload, run_command
from api.permissions import require_admin
from api.relay import decode_id, encode_id
from db import models as m
from db.engine import read_session
from domain import device_model


@strawberry.enum(description="OCPP 2.0.1 ReportBaseEnumType.")
class ReportBase(Enum):
    CONFIGURATION_INVENTORY = "ConfigurationInventory"
    FULL_INVENTORY = "FullInventory"
    SUMMARY_INVENTORY = "SummaryInventory"


@strawberry.enum(description="OCPP 2.0.1 ComponentCriterionEnumType.")
class ComponentCriterion(Enum):
    ACTIVE = "Active"
    AVAILABLE = "Available"
    ENABLED = "Enabled"
    PROBLEM = "Problem"


@strawberry.enum(description="OCPP 2.0.1 AttributeEnumType.")
class AttributeType(Enum):
    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"


@strawberry.enum(description="OCPP 2.0.1 OCPPInterfaceEnumType.")
class OcppInterface(Enum):
    WIRED0 = "Wired0"
    WIRED1 = "Wired1"
    WIRED2 = "Wired2"
    WIRED3 = "Wired3"
    WIRELESS0 = "Wireless0"
    WIRELESS1 = "Wireless1"
    WIRELESS2 = "Wireless2"
    WIRELESS3 = "Wireless3"


@strawberry.type(description="One attribute of one variable of a station's device model, as last reported.")
class DeviceVariable:
    component: str
    component_instance: str | None
    evse_id: int | None
    connector_id: int | None
    variable: str
    variable_instance: str | None
    attribute_type: str
    value: str | None
    mutability: str | None
    persistent: bool | None
    constant: bool | None
    data_type: str | None
    unit: str | None
    min_limit: float | None
    max_limit: float | None
    values_list: str | None
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, r: m.DeviceModelVariable) -> DeviceVariable:
        ch: dict[str, Any] = r.characteristics or {}
        return mapped(
            cls,
            r,
            data_type=ch.get("dataType"),
            unit=ch.get("unit"),
            min_limit=ch.get("minLimit"),
            max_limit=ch.get("maxLimit"),
            values_list=ch.get("valuesList"),
        )


@strawberry.type(description="A report asked of a station (GetBaseReport or GetReport) and how it went.")
class DeviceModelReport:
    id: strawberry.ID
    request_id: int
    kind: str = strawberry.field(
        description="FullInventory, ConfigurationInventory, SummaryInventory, Criteria."
    )
    status: str = strawberry.field(
        description="Requested, the station's answer (Accepted, Rejected, NotSupported, EmptyResultSet), "
        "Receiving (parts arriving), Complete, Failed (not answered)."
    )
    parts: int
    requested_at: dt.datetime
    completed_at: dt.datetime | None

    @classmethod
    def from_model(cls, r: m.DeviceModelReport) -> DeviceModelReport:
        return mapped(
            cls, r, id=encode_id("DeviceModelReport", r.id), request_id=r.id, requested_at=r.created_at
        )


@strawberry.type(description="A station's device model (OCPP 2.0.1) and the newest report requests.")
class ChargerDeviceModel:
    variables: list[DeviceVariable]
    reports: list[DeviceModelReport]


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: the device model an OCPP 2.0.1 station reported (NotifyReport), filtered by a "
        "part of the component's and the variable's names (either case); at most 2,000 rows."
    )
    async def charger_device_model(
        self,
        info: strawberry.Info,
        charger_id: strawberry.ID,
        component: str | None = None,
        variable: str | None = None,
    ) -> ChargerDeviceModel:
        await require_admin(info)
        cid = decode_id(charger_id, "Charger", field="chargerId")
        async with read_session(info.context.platform.sessionmaker) as s:
            rows = await device_model.variables(s, cid, component=component, variable=variable)
            reports = await device_model.reports(s, cid)
        return ChargerDeviceModel(
            variables=[DeviceVariable.from_model(r) for r in rows],
            reports=[DeviceModelReport.from_model(r) for r in reports],
        )


@strawberry.input
class GetBaseReportInput:
    charger_id: strawberry.ID
    report_base: ReportBase


@strawberry.input(description="A component (and optionally one of its variables) to report on.")
class ComponentVariableInput:
    component: str
    component_instance: str | None = None
    evse_id: int | None = None
    connector_id: int | None = None
    variable: str | None = None
    variable_instance: str | None = None


@strawberry.input
class GetReportInput:
    charger_id: strawberry.ID
    component_criteria: list[ComponentCriterion] | None = None
    component_variables: list[ComponentVariableInput] | None = None


@strawberry.input(description="A new value for one attribute of a variable (SetVariables).")
class SetDeviceVariableInput:
    charger_id: strawberry.ID
    component: str
    variable: str
    value: str
    component_instance: str | None = None
    evse_id: int | None = None
    connector_id: int | None = None
    variable_instance: str | None = None
    attribute_type: AttributeType = AttributeType.ACTUAL


@strawberry.input(description="SetNetworkProfile: a connection profile for a configuration slot (OCPP-J).")
class SetNetworkProfileInput:
    charger_id: strawberry.ID
    configuration_slot: int
    ocpp_csms_url: str
    security_profile: int
    message_timeout: int = 30
    ocpp_interface: OcppInterface = OcppInterface.WIRED0


def _component(
    name: str, instance: str | None, evse_id: int | None, connector_id: int | None
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    if instance:
        out["instance"] = instance
    if evse_id is not None:
        out["evse"] = {"id": evse_id}
        if connector_id is not None:
            out["evse"]["connectorId"] = connector_id
    return out


def _variable(name: str, instance: str | None) -> dict[str, Any]:
    return {"name": name, "instance": instance} if instance else {"name": name}


def component_variables(inputs: list[ComponentVariableInput]) -> list[dict[str, Any]]:
    """OCPP 2.0.1 ComponentVariableType objects (a component, and its variable when named)."""
    wanted = []
    for cv in inputs:
        entry: dict[str, Any] = {
            "component": _component(cv.component, cv.component_instance, cv.evse_id, cv.connector_id)
        }
        if cv.variable:
            entry["variable"] = _variable(cv.variable, cv.variable_instance)
        wanted.append(entry)
    return wanted


def _get_report(input: GetReportInput) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    if input.component_criteria:
        payload["componentCriteria"] = [c.value for c in input.component_criteria]
    if input.component_variables:
        payload["componentVariable"] = component_variables(input.component_variables)
    return payload


def _attribute_status(result: dict[str, Any]) -> str | None:
    results = result.get("setVariableResult") or [{}]
    return results[0].get("attributeStatus")


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: GetBaseReport to an OCPP 2.0.1 station; its NotifyReports update the device "
        "model."
    )
    async def get_base_report(self, info: strawberry.Info, input: GetBaseReportInput) -> OcppCommandPayload:
        payload = {"reportBase": input.report_base.value}
        return await run_command(info, input.charger_id, "GetBaseReport", payload)  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: GetReport (component criteria and/or components and variables) to an OCPP "
        "2.0.1 station; its NotifyReports update the device model."
    )
    async def get_report(self, info: strawberry.Info, input: GetReportInput) -> OcppCommandPayload:
        return await run_command(info, input.charger_id, "GetReport", _get_report(input))  # type: ignore[no-any-return]

    @strawberry.mutation(
        description="Admins: set one attribute of a variable of an OCPP 2.0.1 station (SetVariables); "
        "`status` is the station's attributeStatus; Accepted updates the stored device model."
    )
    async def set_device_variable(
        self, info: strawberry.Info, input: SetDeviceVariableInput
    ) -> OcppCommandPayload:
        data = {
            "attributeType": input.attribute_type.value,
            "attributeValue": input.value,
            "component": _component(
                input.component, input.component_instance, input.evse_id, input.connector_id
            ),
            "variable": _variable(input.variable, input.variable_instance),
        }
        return await run_command(  # type: ignore[no-any-return]
            info, input.charger_id, "SetVariables", {"setVariableData": [data]}, _attribute_status
        )

    @strawberry.mutation(
        description="Admins: SetNetworkProfile to an OCPP 2.0.1 station (OCPP-J over the given interface); "
        "activate it afterwards with OCPPCommCtrlr.NetworkConfigurationPriority and a Reset."
    )
    async def set_network_profile(
        self, info: strawberry.Info, input: SetNetworkProfileInput
    ) -> OcppCommandPayload:
        payload = {
            "configurationSlot": input.configuration_slot,
            "connectionData": {
                "ocppVersion": "OCPP20",
                "ocppTransport": "JSON",
                "ocppCsmsUrl": input.ocpp_csms_url,
                "messageTimeout": input.message_timeout,
                "securityProfile": input.security_profile,
                "ocppInterface": input.ocpp_interface.value,
            },
        }
        return await run_command(info, input.charger_id, "SetNetworkProfile", payload)  # type: ignore[no-any-return]
