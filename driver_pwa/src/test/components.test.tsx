import { useState } from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { OtpInput } from "../components/OtpInput";
import { isComplete } from "../lib/otp";
import { mergePoints, pointAt, PowerChart } from "../components/PowerChart";
import { BottomNav } from "../components/BottomNav";
import { OfflineBanner } from "../components/ui";
import { isOffline, reportNetwork } from "../lib/online";
import { authFetch } from "../lib/client";
import { act } from "react";

function OtpHarness({ onDone }: { onDone: (v: string) => void }) {
  const [v, setV] = useState("");
  return (
    <OtpInput
      value={v}
      onChange={(next) => {
        setV(next);
        if (isComplete(next)) onDone(next);
      }}
    />
  );
}

describe("OtpInput", () => {
  it("has six boxes and fills them from a pasted code", () => {
    const done = vi.fn();
    render(<OtpHarness onDone={done} />);
    const boxes = screen.getAllByRole("textbox");
    expect(boxes).toHaveLength(6);
    fireEvent.paste(boxes[0], { clipboardData: { getData: () => "Code: 123-456" } });
    expect(done).toHaveBeenCalledWith("123456");
    expect(boxes.map((b) => (b as HTMLInputElement).value).join("")).toBe("123456");
  });
  it("advances as digits are typed and ignores letters", () => {
    const done = vi.fn();
    render(<OtpHarness onDone={done} />);
    const boxes = screen.getAllByRole("textbox");
    fireEvent.change(boxes[0], { target: { value: "x" } });
    expect((boxes[0] as HTMLInputElement).value).toBe("");
    "987654".split("").forEach((d, i) => fireEvent.change(boxes[i], { target: { value: d } }));
    expect(done).toHaveBeenCalledWith("987654");
  });
});

describe("PowerChart", () => {
  it("waits for a first reading, draws it at once, then draws the line", () => {
    const { rerender } = render(<PowerChart points={[]} />);
    expect(screen.getByRole("img")).toHaveAccessibleName(/waiting/i);
    // One reading (a charger that reads once a minute): drawn at once, a level line across.
    rerender(<PowerChart points={[{ t: 12, kw: 22.1 }]} />);
    expect(screen.getByRole("img")).toHaveAccessibleName("Power chart, latest 22.1 kW");
    const [left, right] = (document.querySelector("svg.chart polyline")?.getAttribute("points") ?? "").split(" ");
    expect(left.split(",")[1]).toBe(right.split(",")[1]);
    expect(Number(right.split(",")[0])).toBeGreaterThan(Number(left.split(",")[0]));
    rerender(<PowerChart points={[{ t: 0, kw: 3 }, { t: 10, kw: 7.2 }, { t: 20, kw: 7.1 }]} />);
    expect(screen.getByRole("img")).toHaveAccessibleName("Power chart, latest 7.1 kW");
  });
});

describe("mergePoints", () => {
  it("joins the readings before the screen opened and the live ones, in time order, one per second", () => {
    const before = [{ t: 0, kw: 7 }, { t: 10, kw: 7.2 }, { t: 20, kw: 7.1 }];
    const live = [{ t: 20, kw: 7.0 }, { t: 30, kw: 6.9 }];
    expect(mergePoints(before, live)).toEqual([{ t: 0, kw: 7 }, { t: 10, kw: 7.2 }, { t: 20, kw: 7.0 }, { t: 30, kw: 6.9 }]);
    expect(mergePoints(live, [{ t: 5, kw: 1 }]).map((p) => p.t)).toEqual([5, 20, 30]);
    const many = Array.from({ length: 300 }, (_, i) => ({ t: i, kw: 1 }));
    expect(mergePoints(many, []).map((p) => p.t)).toEqual(many.slice(-240).map((p) => p.t));
  });

  it("places a reading at the second of the session it was taken, whatever the offsets", () => {
    expect(pointAt("2026-12-07T10:00:00Z", "2026-12-07T10:01:30.400Z", 7.2)).toEqual({ t: 90, kw: 7.2 });
    expect(pointAt("2026-12-07T18:00:00+08:00", "2026-12-07T10:00:10Z", 1)).toEqual({ t: 10, kw: 1 });
  });
});

describe("BottomNav", () => {
  it("links the five main screens", () => {
    render(
      <MemoryRouter initialEntries={["/scan"]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <BottomNav />
      </MemoryRouter>,
    );
    const labels = screen.getAllByRole("link").map((a) => a.textContent);
    expect(labels).toEqual(["Home", "Find", "Scan", "Rewards", "Profile"]);
    expect(screen.getByRole("link", { name: "Scan" })).toHaveClass("active");
  });
});

describe("OfflineBanner", () => {
  it("shows a clear notice when the server cannot be reached", () => {
    render(<OfflineBanner />);
    expect(screen.queryByTestId("offline-notice")).toBeNull();
    act(() => reportNetwork(false));
    expect(screen.getByTestId("offline-notice")).toHaveTextContent(/offline/i);
    act(() => reportNetwork(true));
    expect(screen.queryByTestId("offline-notice")).toBeNull();
  });
  it("is not shown for a request the app cancelled (a screen left while it loaded)", async () => {
    const real = globalThis.fetch;
    globalThis.fetch = vi.fn(() => Promise.reject(new DOMException("The operation was aborted.", "AbortError"))) as typeof fetch;
    try {
      render(<OfflineBanner />);
      const controller = new AbortController();
      controller.abort();
      await act(async () => {
        await expect(authFetch("/graphql", { method: "POST", signal: controller.signal })).rejects.toThrow();
      });
      expect(isOffline()).toBe(false);
      expect(screen.queryByTestId("offline-notice")).toBeNull();
      globalThis.fetch = vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
      await act(async () => {
        await expect(authFetch("/graphql", { method: "POST" })).rejects.toThrow();
      });
      expect(screen.getByTestId("offline-notice")).toBeInTheDocument();
    } finally {
      globalThis.fetch = real;
      act(() => reportNetwork(true));
    }
  });
});
