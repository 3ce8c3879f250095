"""Customer information on OCPP 2.0.1 stations in the console: CustomerInformation (a report of what a
station keeps about one customer, and optionally clearing it) and the requests with the data their
NotifyCustomerInformation parts carried (`customerInformationRequests`). Admins only; each request is
audited (its kind of customer, never the identifier). See `domain/customer_information.py`."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, cast

import strawberry
from strawberry.scalars import JSON

from api import audited
from api.mapped import mapped
from api.ocpp_ops import HashAlgorithm, OcppCommandPayload, charger_rows, run_command
from api.permissions import require_admin
from api.relay import decode_id, encode_id
from domain import customer_information
from domain.errors import DomainError


@strawberry.enum(description="OCPP 2.0.1 IdTokenEnumType.")
class IdTokenType(Enum):
    CENTRAL = "Central"
    E_MAID = "eMAID"
    ISO14443 = "ISO14443"
    ISO15693 = "ISO15693"
    KEY_CODE = "KeyCode"
    LOCAL = "Local"
    MAC_ADDRESS = "MacAddress"
    NO_AUTHORIZATION = "NoAuthorization"


@strawberry.input(description="A customer certificate by its hash data (OCPP 2.0.1 CertificateHashDataType).")
class CustomerCertificateInput:
    hash_algorithm: HashAlgorithm
    issuer_name_hash: str
    issuer_key_hash: str
    serial_number: str


@strawberry.input(
    description="CustomerInformation: name the customer by exactly one of idToken, customerIdentifier, "
    "customerCertificate; ask for a report, a clearing, or both."
)
class CustomerInformationInput:
    charger_id: strawberry.ID
    report: bool = True
    clear: bool = False
    id_token: str | None = strawberry.field(default=None, description="At most 36 characters.")
    id_token_type: IdTokenType = IdTokenType.ISO14443
    customer_identifier: str | None = strawberry.field(default=None, description="At most 64 characters.")
    customer_certificate: CustomerCertificateInput | None = None
    update_local_list: bool = strawberry.field(
        default=False,
        description="After the station accepts clearing an idToken's data, also remove that idToken from "
        "its local authorization list (a Differential SendLocalList; its answer is in the response's "
        "localList).",
    )


@strawberry.type(description="A CustomerInformation request to a station and what it reported.")
class CustomerInformationRequest:
    id: strawberry.ID
    request_id: int = strawberry.field(description="The requestId its NotifyCustomerInformation parts carry.")
    status: str = strawberry.field(
        description="Requested, the station's answer (Accepted, Rejected, Invalid), Receiving (parts "
        "arriving), Complete, Failed (not answered)."
    )
    report: bool
    clear: bool
    subject: str = strawberry.field(description="idToken, customerIdentifier or customerCertificate.")
    id_token: str | None
    customer_identifier: str | None
    certificate_serial_number: str | None
    data: str = strawberry.field(description="The parts' data in seqNo order.")
    parts: int
    generated_at: dt.datetime | None
    requested_at: dt.datetime
    completed_at: dt.datetime | None

    @classmethod
    def of(cls, r: customer_information.Report) -> CustomerInformationRequest:
        token = r.criteria.get("idToken") or {}
        cert = r.criteria.get("customerCertificate") or {}
        return mapped(
            cls,
            r,
            id=encode_id("CustomerInformationRequest", r.id),
            request_id=r.id,
            id_token=token.get("idToken"),
            customer_identifier=r.criteria.get("customerIdentifier"),
            certificate_serial_number=cert.get("serialNumber"),
        )


def _payload(input: CustomerInformationInput) -> dict[str, Any]:
    payload: dict[str, Any] = {"report": input.report, "clear": input.clear}
    if input.id_token:
        payload["idToken"] = {"idToken": input.id_token, "type": input.id_token_type.value}
    if input.customer_identifier:
        payload["customerIdentifier"] = input.customer_identifier
    if input.customer_certificate is not None:
        c = input.customer_certificate
        payload["customerCertificate"] = {
            "hashAlgorithm": c.hash_algorithm.value,
            "issuerNameHash": c.issuer_name_hash,
            "issuerKeyHash": c.issuer_key_hash,
            "serialNumber": c.serial_number,
        }
    return payload


@strawberry.type
class Query:
    @strawberry.field(
        description="Admins: the CustomerInformation requests to an OCPP 2.0.1 station and the data "
        "reported, newest first."
    )
    async def customer_information_requests(
        self, info: strawberry.Info, charger_id: strawberry.ID
    ) -> list[CustomerInformationRequest]:
        return await charger_rows(
            info, charger_id, customer_information.reports, CustomerInformationRequest.of
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Admins: CustomerInformation to an OCPP 2.0.1 station (report and/or clear one "
        "customer's data); the request and the reported data are in customerInformationRequests. Audited."
    )
    async def customer_information(
        self, info: strawberry.Info, input: CustomerInformationInput
    ) -> OcppCommandPayload:
        admin = await require_admin(info)
        payload = _payload(input)
        out: OcppCommandPayload = await run_command(info, input.charger_id, "CustomerInformation", payload)
        if input.update_local_list and input.clear and input.id_token and out.status == "Accepted":
            # OCTT TC_N_46: the cleared customer's idToken leaves the station's local list too.
            listed: OcppCommandPayload = await run_command(
                info, input.charger_id, "SendLocalList", customer_information.local_list_removal(payload)
            )
            answer: dict[str, Any] = dict(cast(dict[str, Any], out.response or {}))
            answer["localList"] = {"status": listed.status, "errors": [e.message for e in listed.errors]}
            out.response = cast(JSON, answer)
        try:
            charger = decode_id(input.charger_id, "Charger", field="chargerId")
        except DomainError:
            return out  # no such charger: nothing was asked of anyone
        await audited.note(
            info,
            admin.id,
            "charger.customer_information",
            "Charger",
            charger,
            {
                "report": input.report,
                "clear": input.clear,
                "subject": customer_information.subject_of(payload),
                "outcome": out.status or (out.errors[0].code if out.errors else None),
            },
        )
        return out
