import { localTokenStore } from "./tokenStore";

describe("localTokenStore", () => {
  beforeEach(() => localStorage.clear());

  it("keeps a value across stores of the same key and tells listeners of changes", () => {
    const store = localTokenStore<{ accessToken: string }>("test.auth");
    const seen: unknown[] = [];
    const stop = store.subscribe((v) => seen.push(v));
    store.set({ accessToken: "a" });
    expect(localTokenStore("test.auth").get()).toEqual({ accessToken: "a" });
    store.set(null);
    stop();
    store.set({ accessToken: "b" });
    expect(seen).toEqual([{ accessToken: "a" }, null]);
  });
  it("reads unparseable storage as signed out", () => {
    localStorage.setItem("test.auth", "{not json");
    expect(localTokenStore("test.auth").get()).toBeNull();
  });
});
