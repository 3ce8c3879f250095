import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { Provider, type Client } from "urql";
import { fromValue, never } from "wonka";
import { CommandForm } from "./CommandForm";
import { QrSticker } from "./QrSticker";
import { FormView } from "./Form";
import { MemoryRouter } from "react-router-dom";
import { Layout } from "./Layout";
import { Icon, ICON_NAMES } from "./Icons";

function client(result: unknown = null): Client {
  return {
    mutation: vi.fn(() => ({ toPromise: async () => result })),
    executeMutation: vi.fn(() => (result ? fromValue(result) : never)),
    executeQuery: vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client;
}

describe("CommandForm", () => {
  it("validates before sending and shows the charger's answer", async () => {
    const c = client({ data: { remoteStartTransaction: { status: "Accepted", response: { status: "Accepted" }, errors: [] } } });
    render(<Provider value={c}><CommandForm chargerId="Q2hhcmdlcjox" chargePointId="CP1" action="RemoteStartTransaction" /></Provider>);
    fireEvent.click(screen.getByRole("button", { name: /Send RemoteStartTransaction/ }));
    expect(await screen.findByText("Required.")).toBeInTheDocument();
    expect(c.mutation).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole("combobox", { name: /idTag/ }), { target: { value: "TAG1" } });
    fireEvent.click(screen.getByRole("button", { name: /Send RemoteStartTransaction/ }));
    await waitFor(() => expect(c.mutation).toHaveBeenCalled());
    const vars = (c.mutation as ReturnType<typeof vi.fn>).mock.calls[0][1];
    expect(vars).toEqual({ input: { chargerId: "Q2hhcmdlcjox", idTag: "TAG1" } });
    expect(await screen.findByTestId("command-response")).toHaveTextContent('"status": "Accepted"');
  });
});

describe("IdTag search", () => {
  it("offers the users' tags matching what is typed", async () => {
    const c = client();
    const found = { idTagSearch: [{ idTag: "APP7F3A", status: "Accepted", kind: "app", label: null, userEmail: "siti@example.my", userName: "Siti" }] };
    c.executeQuery = vi.fn((op: { variables: { text: string } }) => fromValue({ operation: op, data: found, stale: false, hasNext: false })) as unknown as Client["executeQuery"];
    render(<Provider value={c}><CommandForm chargerId="Q2hhcmdlcjox" chargePointId="CP1" action="RemoteStartTransaction" /></Provider>);
    fireEvent.change(screen.getByRole("combobox", { name: /idTag/ }), { target: { value: "siti" } });
    await waitFor(() => expect(screen.getByTestId("idtag-options").querySelectorAll("option")).toHaveLength(1));
    const option = screen.getByTestId("idtag-options").querySelector("option")!;
    expect(option).toHaveValue("APP7F3A");
    expect(option).toHaveTextContent("Siti · siti@example.my");
    const vars = (c.executeQuery as unknown as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0].variables;
    expect(vars).toEqual({ text: "siti" });
  });
});

describe("QrSticker", () => {
  it("encodes the driver-app URL of the connector", async () => {
    render(<QrSticker publicUrl="https://p.example" chargePointId="CP9" connectorId={2} />);
    expect(screen.getByTestId("sticker-2")).toHaveAttribute("data-url", "https://p.example/c/CP9/2");
    expect(await screen.findByAltText("QR code for https://p.example/c/CP9/2")).toHaveAttribute("src", expect.stringMatching(/^data:image\/png/));
  });
});

describe("FormView", () => {
  it("reports required and numeric errors and submits clean values", () => {
    const onSubmit = vi.fn();
    render(<FormView fields={[{ name: "n", label: "Name", required: true }, { name: "k", label: "Count", kind: "number" }]} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Count/), { target: { value: "x" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText("Required.")).toBeInTheDocument();
    expect(screen.getByText("Must be a number.")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: "A" } });
    fireEvent.change(screen.getByLabelText(/Count/), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledWith({ n: "A", k: "3" });
  });
});

describe("Icons", () => {
  it("draws every icon as inline SVG (no font glyphs)", () => {
    const { container } = render(<div>{ICON_NAMES.map((n) => <Icon key={n} name={n} />)}</div>);
    const svgs = container.querySelectorAll("svg");
    expect(svgs).toHaveLength(ICON_NAMES.length);
    svgs.forEach((svg) => expect(svg.querySelector("path, rect, circle")).not.toBeNull());
    expect(container.textContent).toBe("");
  });

  it("gives every sidebar item an SVG icon and no text glyph", () => {
    render(<Provider value={client()}><MemoryRouter><Layout onLogout={() => undefined} /></MemoryRouter></Provider>);
    const links = screen.getByRole("navigation", { hidden: true }).querySelectorAll("a");
    expect(links.length).toBeGreaterThan(15);
    links.forEach((a) => {
      const icon = a.querySelector(".icon")!;
      expect(icon.querySelector("svg")).not.toBeNull();
      expect(icon.textContent).toBe("");
    });
    expect(screen.getByRole("link", { name: "Audit log" })).toHaveAttribute("href", "/audit");
  });
});
