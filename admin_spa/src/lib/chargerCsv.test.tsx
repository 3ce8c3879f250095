import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { Provider, type Client } from "urql";
import { fromValue, never } from "wonka";
import { MemoryRouter } from "react-router-dom";
import { importTemplate, parseCsv, readImport, IMPORT_COLUMNS, keysCsv } from "./chargerCsv";
import { ImportChargersPage, ProblemsTable } from "../pages/ImportChargers";
import { draftInput, draftOf, draftProblems } from "../components/ChargerSettings";
import { parseParams } from "../pages/ExpertMode";

describe("charger import CSV", () => {
  it("parses quoted fields with commas, quotes and line breaks, and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n')).toEqual([["a", "b"], ["x, y", 'say "hi"\nthere']]);
  });
  it("reads the template without a problem", () => {
    const { rows, problems } = readImport(importTemplate());
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.chargePointId)).toEqual(["KL-MALL-01", "PJ-OFFICE-07"]);
    expect(rows[0].connectors).toEqual([
      { connectorId: 1, type: "CCS2", maxPowerKw: "120", phases: null },
      { connectorId: 2, type: "CHAdeMO", maxPowerKw: "50", phases: null },
    ]);
    expect(rows[1]).toMatchObject({ isPublic: true, securityProfile: 2, tariff: undefined, latitude: "3.107100" });
    expect(rows[1].connectors).toEqual([{ connectorId: 1, type: "Type2", maxPowerKw: "22", phases: 3 }]);
  });
  it("reports each row's problems, numbered as the server numbers them", () => {
    const csv = [
      IMPORT_COLUMNS.join(","),
      "CP-1,,,,,,3.1,,maybe,5,-1,,Type3:22:2,",
      "cp-1,,,,,,91,101,no,1,,,,",
      "bad id,,,,,,,,,,,,,",
    ].join("\n");
    const { problems } = readImport(csv);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [1, "longitude"], [1, "isPublic"], [1, "securityProfile"], [1, "maxPowerKw"], [1, "connectors[0].type"], [1, "connectors[0].phases"],
      [2, "chargePointId"], [2, "latitude"],
      [3, "chargePointId"],
    ]);
  });
  it("refuses a header without charge_point_id or with unknown columns", () => {
    expect(readImport("name,colour\nx,red").problems.map((p) => p.message)).toEqual([
      "The header has no charge_point_id column.", "Unknown columns: colour.",
    ]);
    expect(readImport("").problems[0].message).toBe("The file is empty.");
  });
  it("writes the keys file", () => {
    expect(keysCsv([{ chargePointId: "CP-1", authorizationKey: "AB12" }])).toBe("charge_point_id,authorization_key\r\nCP-1,AB12\r\n");
  });
  it("shows the problems with the row's charge point id", () => {
    render(<ProblemsTable rows={[{ chargePointId: "CP-9", isPublic: true, securityProfile: 1, connectors: [] }]}
      problems={[{ row: 1, field: "tariff", message: "No tariff of this name." }, { row: 0, field: null, message: "Unknown columns: x." }]} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Nothing was imported: 2 problems.");
    const cells = screen.getAllByRole("row").map((r) => r.textContent);
    expect(cells[1]).toContain("header");
    expect(cells[2]).toContain("CP-9");
    expect(cells[2]).toContain("No tariff of this name.");
  });
  it("shows the server's row errors after a refused import, and sends the rows it read", async () => {
    const result = { data: { importChargers: { chargers: [], keys: [], errors: [{ code: "IMPORT_REFUSED", message: "Nothing was imported", field: null }],
      rowErrors: [{ row: 2, field: "chargePointId", message: "A charger with this charge point id exists." }] } } };
    const c = {
      mutation: vi.fn(() => ({ toPromise: async () => result })),
      executeMutation: vi.fn(() => fromValue(result)),
      executeQuery: vi.fn(() => never),
      executeSubscription: vi.fn(() => never),
    } as unknown as Client;
    render(<Provider value={c}><MemoryRouter><ImportChargersPage /></MemoryRouter></Provider>);
    const file = new File([importTemplate()], "fleet.csv", { type: "text/csv" });
    fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
    fireEvent.click(await screen.findByTestId("import-send"));
    expect(await screen.findByText("A charger with this charge point id exists.")).toBeInTheDocument();
    expect(screen.getByTestId("import-problems")).toHaveTextContent("PJ-OFFICE-07");
    await waitFor(() => expect(c.executeMutation).toHaveBeenCalled());
    const sent = (c.executeMutation as ReturnType<typeof vi.fn>).mock.calls[0][0].variables.input.rows;
    expect(sent.map((r: { chargePointId: string }) => r.chargePointId)).toEqual(["KL-MALL-01", "PJ-OFFICE-07"]);
  });
});

describe("charger settings form logic", () => {
  it("needs both coordinates and bounded numbers", () => {
    const d = { ...draftOf(null), latitude: "3.1", maxPowerKw: "2000" };
    expect(draftProblems(d)).toEqual({ longitude: "Give both latitude and longitude, or neither.", maxPowerKw: "More than 0, at most 1000 kW." });
    expect(draftProblems({ ...d, longitude: "101.6", maxPowerKw: "" })).toEqual({});
  });
  it("maps a charger to a draft and back to the input", () => {
    const d = draftOf({ name: "A", latitude: "3.100000", longitude: "101.600000", tariffId: "VGFyaWZmOjE=", isPublic: false,
      connectors: [{ connectorId: 0 }, { connectorId: 1, connectorType: "Type2", maxPowerKw: "22.00", phases: 3 }] });
    expect(d.connectors).toEqual([{ connectorId: 1, type: "Type2", maxPowerKw: "22.00", phases: "3" }]);
    expect(draftInput({ ...d, city: "  " })).toMatchObject({ name: "A", city: null, isPublic: false, tariffId: "VGFyaWZmOjE=",
      connectors: [{ connectorId: 1, type: "Type2", maxPowerKw: "22.00", phases: 3 }] });
  });
  it("expert mode takes a JSON object only", () => {
    expect(parseParams('{"reservationId": 7}')).toEqual({ value: { reservationId: 7 } });
    expect(parseParams("[1]")).toEqual({ error: "The parameters are a JSON object ({…})." });
    expect("error" in parseParams("{")).toBe(true);
  });
});
