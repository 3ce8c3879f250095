import { buildPayload, commandByAction, OCPP_COMMANDS } from "./ocppCommands";
import { toCsv } from "./csv";
import { stickerUrl } from "./sticker";
import { describeError } from "./errors";
import { CombinedError } from "urql";
import { GraphQLError } from "graphql";

describe("OCPP commands", () => {
  it("covers every outbound OCPP 1.6 core-profile command", () => {
    const actions = OCPP_COMMANDS.map((c) => c.action);
    for (const a of ["CancelReservation", "ChangeAvailability", "ChangeConfiguration", "ClearCache", "ClearChargingProfile", "DataTransfer",
      "GetCompositeSchedule", "GetConfiguration", "GetDiagnostics", "GetLocalListVersion", "RemoteStartTransaction", "RemoteStopTransaction",
      "ReserveNow", "Reset", "SendLocalList", "SetChargingProfile", "TriggerMessage", "UnlockConnector", "UpdateFirmware"]) expect(actions).toContain(a);
  });
  it("builds a RemoteStartTransaction payload", () => {
    const r = buildPayload(commandByAction("RemoteStartTransaction")!, { idTag: " TAG1 ", connectorId: "1" });
    expect(r.errors).toEqual({});
    expect(r.payload).toEqual({ idTag: "TAG1", connectorId: 1 });
  });
  it("rejects missing, malformed and out-of-range values", () => {
    const r = buildPayload(commandByAction("RemoteStartTransaction")!, { idTag: "X".repeat(21), connectorId: "0", chargingProfile: "[1]" });
    expect(r.payload).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(["chargingProfile", "connectorId", "idTag"]);
    expect(buildPayload(commandByAction("Reset")!, { type: "Warm" }).errors.type).toMatch(/One of/);
    expect(buildPayload(commandByAction("RemoteStopTransaction")!, {}).errors.transactionId).toBe("Required.");
    expect(buildPayload(commandByAction("RemoteStopTransaction")!, { transactionId: "1.5" }).errors.transactionId).toMatch(/whole/);
  });
  it("applies cross-field rules", () => {
    const r = buildPayload(commandByAction("GetDiagnostics")!, { location: "ftp://x", startTime: "2030-01-02T00:00", stopTime: "2030-01-01T00:00" });
    expect(r.errors.stopTime).toBeDefined();
    expect(buildPayload(commandByAction("ReserveNow")!, { connectorId: "1", expiryDate: "2000-01-01T00:00", idTag: "A" }).errors.expiryDate).toBeDefined();
  });
  it("splits GetConfiguration keys", () => {
    expect(buildPayload(commandByAction("GetConfiguration")!, { key: "A, B,," }).payload).toEqual({ key: ["A", "B"] });
    expect(buildPayload(commandByAction("GetConfiguration")!, {}).payload).toEqual({});
  });
});

describe("csv", () => {
  it("quotes and neutralises formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", '"q"'], ["=SUM(A1)", -5]])).toBe('a,b\r\n"x,y","""q"""\r\n\'=SUM(A1),-5\r\n');
  });
});

describe("sticker url", () => {
  it("is <PUBLIC_URL>/c/<chargePointId>/<connectorId>", () => {
    expect(stickerUrl("https://plagsini.example/", "CP-001", 2)).toBe("https://plagsini.example/c/CP-001/2");
    expect(stickerUrl("https://x.my", "a b", 1)).toBe("https://x.my/c/a%20b/1");
  });
});

describe("describeError", () => {
  it("recognises an operation the server lacks", () => {
    const e = new CombinedError({ graphQLErrors: [new GraphQLError("Cannot query field 'faults' on type 'Query'.")] });
    expect(describeError(e)?.missing).toBe("Query.faults");
  });
  it("passes other messages through", () => {
    const e = new CombinedError({ graphQLErrors: [new GraphQLError("Forbidden.")] });
    expect(describeError(e)).toEqual({ missing: null, message: "Forbidden." });
  });
});

describe("API examples", () => {
  it("name the platform's endpoints and carry the key in the Authorization header", async () => {
    const { curlExample, subscriptionExample, graphqlEndpoints } = await import("./apiExamples");
    expect(graphqlEndpoints("https://charge.example.com/")).toEqual({
      http: "https://charge.example.com/graphql",
      ws: "wss://charge.example.com/graphql",
    });
    const curl = curlExample("https://charge.example.com", "psk_ab'c");
    expect(curl).toContain("curl https://charge.example.com/graphql");
    expect(curl).toContain(`-H 'Authorization: Bearer psk_ab'\\''c'`);
    const sub = subscriptionExample("http://localhost:8000", "psk_x");
    expect(sub).toContain('url: "ws://localhost:8000/graphql"');
    expect(sub).toContain('authorization: "Bearer psk_x"');
  });
});
