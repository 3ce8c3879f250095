import { render, screen, fireEvent } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router-dom";
import { CombinedError } from "urql";
import { DataTable, type Column } from "./ui";
import { columnsCsv, useListState } from "./listing";

type Row = { id: string; name: string };
const COLS: Column<Row>[] = [
  { key: "n", title: "Name", sort: "NAME", render: (r) => r.name, csv: (r) => r.name },
  { key: "x", title: "Secret", hidden: true, render: (r) => r.id, csv: (r) => `=${r.id}` },
];

describe("DataTable", () => {
  it("tells loading, failure, empty and rows apart", () => {
    const { rerender } = render(<MemoryRouter><DataTable<Row> rows={undefined} loading rowKey={(r) => r.id} columns={COLS} /></MemoryRouter>);
    expect(screen.getByText("Loading…")).toHaveAttribute("data-state", "loading");
    expect(screen.queryByText("Nothing here yet.")).toBeNull();
    rerender(<MemoryRouter><DataTable<Row> rows={undefined} error={new CombinedError({ graphQLErrors: ["Not allowed."] })} rowKey={(r) => r.id} columns={COLS} /></MemoryRouter>);
    expect(screen.getByText(/Could not load this list: Not allowed\./)).toHaveAttribute("data-state", "error");
    rerender(<MemoryRouter><DataTable<Row> rows={[]} rowKey={(r) => r.id} columns={COLS} /></MemoryRouter>);
    expect(screen.getByText("Nothing here yet.")).toHaveAttribute("data-state", "empty");
    rerender(<MemoryRouter><DataTable<Row> rows={[{ id: "1", name: "Ana" }]} rowKey={(r) => r.id} rowHref={(r) => `/users/${r.id}`} columns={COLS} /></MemoryRouter>);
    const link = screen.getByRole("link", { name: "Ana" });
    expect(link).toHaveAttribute("href", "/users/1");
    expect(screen.queryByText("Secret")).toBeNull();
  });

  it("marks the sorted column and asks for a sort", () => {
    const onSort = vi.fn();
    render(<MemoryRouter><DataTable<Row> rows={[]} rowKey={(r) => r.id} columns={COLS} sort={{ field: "NAME", direction: "ASC" }} onSort={onSort} /></MemoryRouter>);
    expect(screen.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "ascending");
    fireEvent.click(screen.getByRole("button", { name: /Name/ }));
    expect(onSort).toHaveBeenCalledWith("NAME");
  });

  it("exports the CSV columns, hidden ones too, guarded against formulas", () => {
    expect(columnsCsv(COLS, [{ id: "7", name: "Ana, B" }])).toBe('Name,Secret\r\n"Ana, B",\'=7\r\n');
  });
});

function Probe() {
  const list = useListState({ status: "open" });
  const loc = useLocation();
  return (
    <div>
      <span data-testid="url">{loc.search}</span>
      <span data-testid="status">{list.get("status")}</span>
      <span data-testid="page">{list.page}</span>
      <button onClick={() => list.set({ status: "all" })}>all</button>
      <button onClick={() => list.next("CUR1")}>next</button>
      <button onClick={() => list.toggleSort("NAME")}>sort</button>
      <button onClick={() => list.setPageSize(100)}>size</button>
      <span data-testid="sort">{list.sort ? `${list.sort.field} ${list.sort.direction}` : "none"}</span>
    </div>
  );
}

describe("useListState", () => {
  it("keeps filters, page, sort and page size in the URL", () => {
    render(<MemoryRouter initialEntries={["/faults?pages=A.B"]}><Probe /></MemoryRouter>);
    expect(screen.getByTestId("status")).toHaveTextContent("open");
    expect(screen.getByTestId("page")).toHaveTextContent("3");
    fireEvent.click(screen.getByText("all"));
    expect(screen.getByTestId("url")).toHaveTextContent("?status=all");
    expect(screen.getByTestId("page")).toHaveTextContent("1");
    fireEvent.click(screen.getByText("next"));
    expect(screen.getByTestId("url")).toHaveTextContent("?status=all&pages=CUR1");
    fireEvent.click(screen.getByText("sort"));
    expect(screen.getByTestId("sort")).toHaveTextContent("NAME DESC");
    fireEvent.click(screen.getByText("sort"));
    expect(screen.getByTestId("sort")).toHaveTextContent("NAME ASC");
    fireEvent.click(screen.getByText("size"));
    expect(screen.getByTestId("url")).toHaveTextContent("size=100");
    fireEvent.click(screen.getByText("sort"));
    expect(screen.getByTestId("sort")).toHaveTextContent("none");
  });
});
