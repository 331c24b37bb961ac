// manifest.xml (DESIGN §1): well-formed, every resource defined, one shared-runtime URL,
// https only, namespace SAKIP, the ribbon button, icons of the stated sizes, and every URL
// pointing at a file the build emits.
import { DEV_URL, resolveAddinUrl, substituteAddinUrl } from "../../scripts/build/addin-url";
import { renderIcon, SIZES } from "../../scripts/build/make-icons";
import { distFile, pngSize, readDist, readRoot } from "./dist";
import { allElements, parseXml, select, type XmlElement } from "./xml";

const source = readRoot("manifest.xml").toString("utf8");
const manifest = parseXml(source);
const overrides = select(manifest, "VersionOverrides")[0];
const host = select(overrides, "Hosts/Host")[0];
const resources = select(overrides, "Resources")[0];

function one(root: XmlElement, path: string): XmlElement {
  const found = select(root, path);
  if (found.length !== 1) throw new Error(`expected one ${path}, found ${found.length}`);
  return found[0];
}

function ids(path: string): Map<string, string> {
  return new Map(select(resources, path).map((e) => [e.attributes.id, e.attributes.DefaultValue]));
}

const images = ids("bt:Images/bt:Image");
const urls = ids("bt:Urls/bt:Url");
const shortStrings = ids("bt:ShortStrings/bt:String");
const longStrings = ids("bt:LongStrings/bt:String");

/** The resource kind each resid-bearing element must point to. */
const KIND_OF: Record<string, Map<string, string>> = {
  "bt:Image": images,
  Runtime: urls,
  SourceLocation: urls,
  FunctionFile: urls,
  LearnMoreUrl: urls,
  Label: shortStrings,
  Title: shortStrings,
  Namespace: shortStrings,
  Description: longStrings,
};

const residUses = allElements(select(overrides, "Hosts")[0]).filter((e) => "resid" in e.attributes);

function url(resid: string): string {
  const value = urls.get(resid);
  if (value === undefined) throw new Error(`no bt:Url ${resid}`);
  return value;
}

const customFunctions = select(host, "AllFormFactors/ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
const desktop = one(host, "DesktopFormFactor");
const button = select(desktop, "ExtensionPoint/OfficeTab/Group/Control")[0];

describe("manifest.xml is a well-formed task pane add-in manifest", () => {
  it("is well-formed, and so is the copy in dist/", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(() => parseXml(readDist("manifest.xml").toString("utf8"))).not.toThrow();
  });

  it("declares a fixed GUID, Indonesian locale and names", () => {
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(one(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(manifest, "DefaultLocale").text).toBe("id-ID");
    expect(one(manifest, "DisplayName").attributes.DefaultValue).toBe("SAKIP untuk Excel");
    expect(one(manifest, "ProviderName").text.trim()).not.toBe("");
    expect(one(manifest, "Description").attributes.DefaultValue).toMatch(/capaian/);
    expect(select(manifest, "Hosts/Host").map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(host.attributes["xsi:type"]).toBe("Workbook");
  });

  it("requires the shared runtime and the custom functions runtime", () => {
    const sets = new Map(select(manifest, "Requirements/Sets/Set").map((s) => [s.attributes.Name, s.attributes.MinVersion]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.has("CustomFunctionsRuntime")).toBe(true);
  });
});

describe("resources", () => {
  it("defines every resid used, of the right kind", () => {
    expect(residUses.length).toBeGreaterThan(10);
    for (const use of residUses) {
      const kind = KIND_OF[use.name];
      expect([use.name, use.attributes.resid, kind?.has(use.attributes.resid)]).toEqual([use.name, use.attributes.resid, true]);
    }
  });

  it("defines nothing unused, no id twice, ids of at most 32 characters", () => {
    const defined = allElements(resources).filter((e) => "id" in e.attributes).map((e) => e.attributes.id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(residUses.map((e) => e.attributes.resid));
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(defined.filter((id) => id.length > 32)).toEqual([]);
  });

  it("keeps strings within Office's limits (short 125, long 250 characters)", () => {
    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });
});

describe("shared runtime (one page for task pane, ribbon and custom functions)", () => {
  it("uses one URL for Runtime, custom functions Page, FunctionFile and the ShowTaskpane button", () => {
    const runtime = one(host, "Runtimes/Runtime");
    expect(runtime.attributes.lifetime).toBe("long");
    const page = one(customFunctions!, "Page/SourceLocation");
    const functionFile = one(desktop, "FunctionFile");
    const action = one(button, "Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const shared = [runtime, page, functionFile, one(action, "SourceLocation")].map((e) => url(e.attributes.resid));
    expect(new Set(shared)).toEqual(new Set([`${DEV_URL}taskpane.html`]));
    expect(one(manifest, "DefaultSettings/SourceLocation").attributes.DefaultValue).toBe(shared[0]);
  });

  it("registers the custom functions under namespace SAKIP with the built metadata and script", () => {
    expect(shortStrings.get(one(customFunctions!, "Namespace").attributes.resid)).toBe("SAKIP");
    expect(url(one(customFunctions!, "Metadata/SourceLocation").attributes.resid)).toBe(`${DEV_URL}functions.json`);
    expect(url(one(customFunctions!, "Script/SourceLocation").attributes.resid)).toBe(`${DEV_URL}functions.js`);
  });

  it('puts a "Validasi & Ringkas" button in a SAKIP group on the Home tab', () => {
    const tab = one(desktop, "ExtensionPoint/OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    expect(shortStrings.get(one(tab, "Group/Label").attributes.resid)).toBe("SAKIP");
    expect(button.attributes["xsi:type"]).toBe("Button");
    expect(shortStrings.get(one(button, "Label").attributes.resid)).toBe("Validasi & Ringkas");
    expect(longStrings.get(one(button, "Supertip/Description").attributes.resid)).toMatch(/tanpa mengubah/);
    expect(one(button, "Action/TaskpaneId").text).toBe("ButtonId1");
  });
});

describe("URLs", () => {
  const found: string[] = [];
  for (const e of allElements(manifest)) {
    for (const value of [...Object.values(e.attributes), e.text]) {
      if (/:\/\//.test(value) && !value.startsWith("http://schemas.microsoft.com/") && !value.startsWith("http://www.w3.org/")) {
        found.push(value.trim());
      }
    }
  }

  it("are all https", () => {
    expect(found.length).toBeGreaterThan(8);
    expect(found.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("all point at files the build emits (or are the add-in's origin)", () => {
    for (const u of found) {
      if (u === DEV_URL.slice(0, -1)) continue; // AppDomain
      expect(u.startsWith(DEV_URL)).toBe(true);
      expect(() => distFile(u.slice(DEV_URL.length))).not.toThrow();
    }
  });
});

describe("icons", () => {
  const uses: [string, number][] = [
    [one(manifest, "IconUrl").attributes.DefaultValue, 32],
    [one(manifest, "HighResolutionIconUrl").attributes.DefaultValue, 64],
    ...allElements(overrides)
      .filter((e) => e.name === "bt:Image" && "resid" in e.attributes)
      .map((e): [string, number] => [images.get(e.attributes.resid) ?? "", Number(e.attributes.size)]),
  ];
  const declared = [...new Map(uses.map((u) => [u.join(" "), u])).values()];

  it.each(declared)("%s is a %i px square PNG in dist/", (iconUrl, size) => {
    expect(pngSize(readDist(iconUrl.slice(DEV_URL.length)))).toEqual({ width: size, height: size });
  });

  it.each(SIZES)("assets/icon-%i.png is what scripts/build/make-icons.js draws", (size) => {
    const committed = readRoot(`assets/icon-${size}.png`);
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(committed.equals(renderIcon(size))).toBe(true);
    expect(readDist(`assets/icon-${size}.png`).equals(committed)).toBe(true);
  });
});

describe("production URL (ADDIN_URL)", () => {
  const base = "https://sakip.example.go.id/addin/";
  const moved = substituteAddinUrl(source, base);

  it("moves every URL to the production host and keeps the manifest well-formed", () => {
    expect(moved).not.toContain("localhost");
    const doc = parseXml(moved);
    const movedUrls = new Map(select(doc, "VersionOverrides/Resources/bt:Urls/bt:Url").map((e) => [e.attributes.id, e.attributes.DefaultValue]));
    expect(movedUrls.get("Taskpane.Url")).toBe(`${base}taskpane.html`);
    expect(one(doc, "IconUrl").attributes.DefaultValue).toBe(`${base}assets/icon-32.png`);
    expect(select(doc, "AppDomains/AppDomain").map((e) => e.text)).toEqual(["https://sakip.example.go.id"]);
  });

  it.each([
    [undefined, "production", DEV_URL],
    ["", "production", DEV_URL],
    ["https://sakip.example.go.id/addin", "production", "https://sakip.example.go.id/addin/"],
    ["https://sakip.example.go.id", "production", "https://sakip.example.go.id/"],
    ["https://sakip.example.go.id/addin/", "development", DEV_URL],
  ])("ADDIN_URL=%p in %s mode builds for %s", (value, mode, expected) => {
    expect(resolveAddinUrl(value, mode)).toBe(expected);
  });

  it.each(["http://sakip.example.go.id/", "sakip.example.go.id", "https://h/?v=1", "https://user:pw@h/"])("rejects ADDIN_URL=%s", (value) => {
    expect(() => resolveAddinUrl(value, "production")).toThrow(/ADDIN_URL/);
  });

  it("dist/manifest.xml is manifest.xml for the URL this build was made for", () => {
    const expected = substituteAddinUrl(source, resolveAddinUrl(process.env.ADDIN_URL, "production"));
    expect(readDist("manifest.xml").toString("utf8")).toBe(expected);
  });
});
