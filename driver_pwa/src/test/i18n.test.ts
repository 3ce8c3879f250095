import { en } from "../i18n/en";
import { DICTIONARIES, LOCALES, pickLocale, translate } from "../lib/i18n";
import { chargerStatus } from "../lib/chargers";
import { missingToStart, toSen } from "../lib/format";

describe("dictionaries", () => {
  const keys = Object.keys(en).sort();
  for (const locale of LOCALES) {
    it(`${locale} has every key, none empty, none extra`, () => {
      const dict = DICTIONARIES[locale] as Record<string, string>;
      expect(Object.keys(dict).sort()).toEqual(keys);
      const empty = keys.filter((k) => typeof dict[k] !== "string" || dict[k].trim() === "");
      expect(empty).toEqual([]);
    });
    it(`${locale} keeps every placeholder of the English text`, () => {
      const dict = DICTIONARIES[locale] as Record<string, string>;
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      const wrong = keys.filter((k) => JSON.stringify(names(dict[k])) !== JSON.stringify(names(en[k as keyof typeof en])));
      expect(wrong).toEqual([]);
    });
  }
  it("Malay and Chinese are translations, not copies of the English", () => {
    const same = (l: "ms" | "zh") => Object.keys(en).filter((k) => DICTIONARIES[l][k as keyof typeof en] === en[k as keyof typeof en]);
    // Only texts that are the same in every language (units, "PDF"-like names) may stay as they are.
    expect(same("ms").length).toBeLessThan(8);
    expect(same("zh").length).toBeLessThan(3);
  });
  it("fills placeholders", () => {
    expect(translate("ms", "auth.step", { n: 2 })).toBe("Langkah 2 daripada 3");
    expect(translate("zh", "charger.topUpMore", { amount: "RM 7.50" })).toBe("再充值 RM 7.50 即可开始");
  });
});

describe("pickLocale", () => {
  it("takes the first language the app speaks from the browser's list", () => {
    expect(pickLocale(["ms-MY", "en"])).toBe("ms");
    expect(pickLocale(["fr-FR", "zh-CN", "en"])).toBe("zh");
    expect(pickLocale(["zh-TW"])).toBe("zh");
    expect(pickLocale(["de"])).toBe("en");
    expect(pickLocale(undefined)).toBe("en");
  });
});

describe("chargerStatus (the header's one rule)", () => {
  // The server's public availability of each connector (it maps OCPP statuses: Preparing is Available).
  const c = (online: boolean, ...seen: string[]) => ({ online, connectors: seen.map((availability, i) => ({ connectorId: i + 1, status: "", availability })) }) as never;
  it("agrees with the connectors", () => {
    expect(chargerStatus(c(true, "Occupied", "Available"))).toBe("Available");
    expect(chargerStatus(c(true, "Occupied", "Occupied"))).toBe("Charging");
    expect(chargerStatus(c(true, "Occupied", "Faulted"))).toBe("Charging");
    expect(chargerStatus(c(true, "Faulted", "Faulted"))).toBe("Faulted");
    expect(chargerStatus(c(true, "Faulted", "Unavailable"))).toBe("Unavailable");
    expect(chargerStatus(c(false, "Available"))).toBe("Offline");
    expect(chargerStatus(c(true))).toBe("Unavailable");
  });
});

describe("missingToStart", () => {
  it("is exact in sen and null when the wallet holds enough", () => {
    expect(toSen("10.10")).toBe(1010);
    expect(toSen("0.1")).toBe(10);
    expect(missingToStart({ amount: "2.90", currency: "MYR" }, { amount: "10.00", currency: "MYR" })).toEqual({ amount: "7.10", currency: "MYR" });
    expect(missingToStart({ amount: "10.00", currency: "MYR" }, { amount: "10.00", currency: "MYR" })).toBeNull();
    expect(missingToStart({ amount: "-1.00", currency: "MYR" }, { amount: "10.00", currency: "MYR" })).toEqual({ amount: "11.00", currency: "MYR" });
  });
});
