import { remember } from "../../src/core/remember";

describe("remember", () => {
  it("computes each text once, null results included", () => {
    const calls: string[] = [];
    const unit = remember((t: string) => {
      calls.push(t);
      return t === "-" ? null : t.toLowerCase();
    }, 10);
    expect(["Layanan", "-", "Layanan", "-", "Dokumen"].map(unit)).toEqual(["layanan", null, "layanan", null, "dokumen"]);
    expect(calls).toEqual(["Layanan", "-", "Dokumen"]);
  });

  it("starts over past its bound instead of growing", () => {
    const calls: string[] = [];
    const id = remember((t: string) => (calls.push(t), t), 2);
    ["a", "b", "c", "a"].forEach(id);
    // "c" found the cache full (a, b) and cleared it, so "a" is computed again.
    expect(calls).toEqual(["a", "b", "c", "a"]);
    ["a", "c"].forEach(id);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
