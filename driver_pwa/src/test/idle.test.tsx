import { render, screen } from "@testing-library/react";
import { act } from "react";
import { IdleNotice } from "../screens/Live";
import { setLocale } from "../lib/i18n";

const idle = {
  chargingEndedAt: "2026-12-06T03:00:00Z",
  graceMinutes: 10,
  graceEndsAt: "2026-12-06T03:10:00Z",
  feePerMinute: { amount: "0.50", currency: "MYR" },
  feeSoFar: { amount: "1.25", currency: "MYR" },
};
const at = (iso: string) => Date.parse(iso);

describe("IdleNotice", () => {
  afterEach(() => act(() => setLocale("en")));

  it("counts the grace period down, then shows the fee so far", () => {
    const { rerender } = render(<IdleNotice idle={idle} now={at("2026-12-06T03:00:30Z")} />);
    expect(screen.getByTestId("live-idle-grace").textContent).toContain("move your car within 10 min to avoid the idle fee");
    expect(screen.getByTestId("live-idle-countdown").textContent).toBe("Idle fee starts in 09:30");
    rerender(<IdleNotice idle={idle} now={at("2026-12-06T03:09:01Z")} />);
    expect(screen.getByTestId("live-idle-grace").textContent).toContain("within 1 min");
    expect(screen.getByTestId("live-idle-countdown").textContent).toBe("Idle fee starts in 00:59");
    rerender(<IdleNotice idle={idle} now={at("2026-12-06T03:10:00Z")} />);
    expect(screen.queryByTestId("live-idle-grace")).toBeNull();
    expect(screen.getByTestId("live-idle-running").textContent).toContain("Idle fee running: RM 1.25 so far (RM 0.50/min)");
  });

  it("speaks Bahasa Malaysia and Chinese", () => {
    act(() => setLocale("ms"));
    const { rerender } = render(<IdleNotice idle={idle} now={at("2026-12-06T03:05:00Z")} />);
    expect(screen.getByTestId("live-idle-grace").textContent).toContain("alihkan kereta anda dalam 5 minit");
    act(() => setLocale("zh"));
    rerender(<IdleNotice idle={idle} now={at("2026-12-06T03:20:00Z")} />);
    expect(screen.getByTestId("live-idle-running").textContent).toContain("占位费计费中");
  });
});
