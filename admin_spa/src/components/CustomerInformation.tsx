import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CustomerInformationMutation, CustomerInformationQuery } from "../ops/customerInformation";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime } from "../lib/format";
import { Badge, DataTable, ErrorBox } from "./ui";
import { FormView, type FormField, type Values } from "./Form";
import type { HashAlgorithm, IdTokenType } from "../gql/graphql";

const FIELDS: FormField[] = [
  { name: "subject", label: "Customer named by", kind: "select", required: true,
    options: [{ value: "idToken", label: "idToken" }, { value: "customerIdentifier", label: "Customer identifier" }, { value: "customerCertificate", label: "Customer certificate" }] },
  { name: "value", label: "idToken / identifier / certificate serial number", required: true, help: "idToken: at most 36 characters; identifier: at most 64." },
  { name: "idTokenType", label: "idToken type", kind: "select",
    options: ["ISO14443", "ISO15693", "CENTRAL", "KEY_CODE", "LOCAL", "E_MAID", "MAC_ADDRESS", "NO_AUTHORIZATION"] },
  { name: "hashAlgorithm", label: "Certificate hash algorithm", kind: "select", options: ["SHA256", "SHA384", "SHA512"] },
  { name: "issuerNameHash", label: "Certificate issuer name hash" },
  { name: "issuerKeyHash", label: "Certificate issuer key hash" },
  { name: "report", label: "Report what the station keeps", kind: "checkbox" },
  { name: "clear", label: "Clear it on the station", kind: "checkbox" },
  { name: "updateLocalList", label: "Also remove the idToken from the station's local list", kind: "checkbox" },
];

const text = (v: string | boolean | undefined) => (typeof v === "string" && v.trim() ? v.trim() : "");

/** Customer information on an OCPP 2.0.1 station (CustomerInformation → NotifyCustomerInformation):
 * ask what it keeps about one customer, optionally clear it, and read the reports. */
export function CustomerInformationPanel({ chargerId }: { chargerId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: CustomerInformationQuery, variables: { chargerId } });
  const [asking, ask] = useMutation(CustomerInformationMutation);
  const [result, setResult] = useState<{ status?: string | null; error?: string | null } | null>(null);
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (data && data.charger?.ocppVersion !== "2.0.1")
    return <div className="card"><p className="muted">Customer information is an OCPP 2.0.1 feature; this charger speaks OCPP {data.charger?.ocppVersion ?? "1.6"}.</p></div>;

  const send = async (v: Values) => {
    const subject = String(v.subject);
    const value = text(v.value);
    const r = await ask({
      input: {
        chargerId, report: Boolean(v.report), clear: Boolean(v.clear), updateLocalList: Boolean(v.updateLocalList),
        idToken: subject === "idToken" ? value : null,
        idTokenType: (text(v.idTokenType) || "ISO14443") as IdTokenType,
        customerIdentifier: subject === "customerIdentifier" ? value : null,
        customerCertificate: subject === "customerCertificate"
          ? { hashAlgorithm: (text(v.hashAlgorithm) || "SHA256") as HashAlgorithm, issuerNameHash: text(v.issuerNameHash), issuerKeyHash: text(v.issuerKeyHash), serialNumber: value }
          : null,
      },
    });
    const p = r.data?.customerInformation;
    const err = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    const listed = (p?.response as { localList?: { status?: string | null; errors?: string[] } } | null)?.localList;
    const listText = listed ? ` · local list: ${listed.status ?? listed.errors?.join("; ") ?? ""}` : "";
    setResult({ status: p?.status ? `CustomerInformation: ${p.status}${listText}` : null, error: err });
    reload();
  };

  return (
    <div className="stack" data-testid="customer-information">
      <div className="card stack">
        <div className="spread">
          <h3 style={{ margin: 0 }}>Customer information requests</h3>
          <button onClick={reload}>Refresh</button>
        </div>
        {result?.error && <div className="alert error" role="alert">{result.error}</div>}
        {result?.status && <div className="small" data-testid="customer-information-result">{result.status}</div>}
        <ErrorBox error={error} what="Customer information" />
        <DataTable rows={data?.customerInformationRequests ?? []} rowKey={(q) => q.id} empty="No requests." columns={[
          { key: "r", title: "Request", render: (q) => <span>#{q.requestId}<span className="small muted"> {dateTime(q.requestedAt)}</span></span> },
          { key: "w", title: "Customer", render: (q) => <span>{q.idToken ?? q.customerIdentifier ?? q.certificateSerialNumber}<span className="small muted"> ({q.subject})</span></span> },
          { key: "a", title: "Asked", render: (q) => [q.report && "report", q.clear && "clear"].filter(Boolean).join(" + ") },
          { key: "s", title: "Status", render: (q) => <Badge value={q.status} kind={q.status === "Complete" || q.status === "Accepted" ? "ok" : q.status === "Requested" || q.status === "Receiving" ? "warn" : "err"} /> },
          { key: "d", title: "Data", render: (q) => (q.report ? <span style={{ whiteSpace: "pre-wrap" }}>{q.data || <span className="muted">none</span>}<span className="small muted"> ({q.parts} part{q.parts === 1 ? "" : "s"}{q.generatedAt ? `, ${dateTime(q.generatedAt)}` : ""})</span></span> : "") },
        ]} />
      </div>
      <div className="card stack">
        <h3 style={{ margin: 0 }}>Ask the station (CustomerInformation)</h3>
        <FormView fields={FIELDS} initial={{ subject: "idToken", idTokenType: "ISO14443", hashAlgorithm: "SHA256", report: true, clear: false, updateLocalList: false }} onSubmit={send} submitLabel="Send" busy={asking.fetching} />
      </div>
    </div>
  );
}
