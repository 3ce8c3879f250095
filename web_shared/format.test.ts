import { formatIso, isBlank, MISSING } from "./format";

describe("shared formatting", () => {
  it("renders a timestamp, a dash for none and the text itself for no date", () => {
    const year = (d: Date) => String(d.getUTCFullYear());
    expect(formatIso("2026-03-01T10:00:00Z", year)).toBe("2026");
    expect(formatIso(null, year)).toBe(MISSING);
    expect(formatIso("soon", year)).toBe("soon");
  });
  it("counts null, undefined and the empty string as blank, zero not", () => {
    expect([null, undefined, "", 0, "0"].map(isBlank)).toEqual([true, true, true, false, false]);
  });
});
