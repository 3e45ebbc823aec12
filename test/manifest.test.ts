import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import type { ManifestInfo } from "office-addin-manifest";
import { parseStringPromise } from "xml2js";
import { VIEW_IDS } from "../src/taskpane/strings";

// office-addin-manifest's `validate` calls Microsoft's online service, which these machines cannot
// reach, so the manifest is checked here against the schema rules that matter for loading.

/** office-addin-manifest's own reader, run in plain Node: its JSON-manifest dependencies are
 * ESM-only, which Node 20 loads but jest's module system does not. */
function readManifestFile(file: string): ManifestInfo {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    ".then((info) => process.stdout.write(JSON.stringify(info)))";
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { encoding: "utf8" }));
}

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: XmlNode[];
}

/** Documented child order of <OfficeApp xsi:type="TaskPaneApp">
 * (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];

/** xs:sequence orders from TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd. */
const VERSION_OVERRIDES_ORDER: Record<string, string[]> = {
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
};

/** Which resource collection each resid-bearing element must point into. */
const RESOURCE_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

/** Returns why `names` breaks the order `sequence` (repeats allowed), or null when it follows it. */
function orderProblem(names: string[], sequence: string[]): string | null {
  let position = 0;
  for (const name of names) {
    const index = sequence.indexOf(name);
    if (index < 0) return `<${name}> is not a documented child`;
    if (index < position) return `<${name}> comes after <${sequence[position]}>`;
    position = index;
  }
  return null;
}

function kids(node: XmlNode, name?: string): XmlNode[] {
  return (node.$$ ?? []).filter((c) => name === undefined || c["#name"] === name);
}

function kid(node: XmlNode, name: string): XmlNode {
  const found = kids(node, name)[0];
  if (!found) throw new Error(`<${node["#name"]}> has no <${name}>`);
  return found;
}

function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of kids(node)) yield* walk(child);
}

function attr(node: XmlNode, name: string): string {
  const value = node.$?.[name];
  if (value === undefined) throw new Error(`<${node["#name"]}> has no ${name} attribute`);
  return value;
}

function override(node: XmlNode, locale: string): string | undefined {
  const found = kids(node).find((c) => /(^|:)Override$/.test(c["#name"]) && c.$?.Locale === locale);
  return found?.$?.Value;
}

/** Width and height from a PNG's IHDR, after checking the signature and every chunk's CRC. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: IHDR is not first`);
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const expected = bytes.readUInt32BE(at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== expected) {
      throw new Error(`${file}: bad CRC in ${bytes.toString("ascii", at + 4, at + 8)}`);
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The file in the repository that an https://localhost:3000/... URL serves (dist mirrors it). */
function localFile(url: string): string {
  return path.join(ROOT, new URL(url).pathname);
}

let officeApp: XmlNode;
let versionOverrides: XmlNode;
let resources: Map<string, Map<string, XmlNode>>;

beforeAll(async () => {
  const parsed = await parseStringPromise(fs.readFileSync(MANIFEST, "utf8"), {
    explicitChildren: true,
    preserveChildrenOrder: true,
  });
  officeApp = { ...parsed.OfficeApp, "#name": "OfficeApp" };
  versionOverrides = kid(officeApp, "VersionOverrides");
  resources = new Map();
  for (const collection of kids(kid(versionOverrides, "Resources"))) {
    const byId = new Map<string, XmlNode>();
    for (const item of kids(collection)) byId.set(attr(item, "id"), item);
    resources.set(collection["#name"], byId);
  }
});

function resource(kind: string, id: string): XmlNode {
  const found = resources.get(kind)?.get(id);
  if (!found) throw new Error(`resid ${id} is not in <${kind}>`);
  return found;
}

describe("manifest.xml read by office-addin-manifest", () => {
  it("is a task pane add-in for Excel with a fixed GUID, a four-part version and mn-MN", () => {
    const info = readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(info.defaultLocale).toBe("mn-MN");
    expect(info.displayName).toBe("Гүйцэтгэл");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.providerName).toMatch(/НДЕГ/);
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
  });
});

describe("manifest.xml structure", () => {
  it("orders OfficeApp's children as Microsoft documents", () => {
    const names = kids(officeApp).map((c) => c["#name"]);
    expect(orderProblem(names, OFFICE_APP_ORDER)).toBeNull();
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName"]) {
      expect(names).toContain(required);
    }
    expect(names[names.length - 1]).toBe("VersionOverrides");
  });

  it("the order check rejects a swapped or unknown element", () => {
    expect(orderProblem(["Id", "ProviderName", "Version"], OFFICE_APP_ORDER)).toMatch(/Version/);
    expect(orderProblem(["Id", "Icon"], OFFICE_APP_ORDER)).toMatch(/not a documented child/);
  });

  it("orders every VersionOverrides element as the V1_0 schema requires", () => {
    expect(attr(versionOverrides, "xsi:type")).toBe("VersionOverridesV1_0");
    const problems: string[] = [];
    let checked = 0;
    for (const node of walk(versionOverrides)) {
      const sequence = VERSION_OVERRIDES_ORDER[node["#name"]];
      if (!sequence) continue;
      checked++;
      const problem = orderProblem(
        kids(node).map((c) => c["#name"]),
        sequence,
      );
      if (problem) problems.push(`in <${node["#name"]}>: ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const used = new Set<string>();
    const problems: string[] = [];
    for (const node of walk(versionOverrides)) {
      const resid = node.$?.resid;
      if (resid === undefined) continue;
      const kind = RESOURCE_KIND[node["#name"]];
      if (!kind) problems.push(`<${node["#name"]} resid="${resid}"> has no known resource kind`);
      else if (!resources.get(kind)?.has(resid)) problems.push(`${resid} missing from <${kind}>`);
      used.add(resid);
    }
    expect(problems).toEqual([]);
    const declared = [...resources.values()].flatMap((byId) => [...byId.keys()]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.filter((id) => !used.has(id))).toEqual([]);
    for (const id of declared) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const limits: Array<[string, number]> = [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ];
    for (const [kind, limit] of limits) {
      const strings = [...(resources.get(kind)?.values() ?? [])];
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const values = [attr(s, "DefaultValue"), ...kids(s).map((o) => attr(o, "Value"))];
        for (const v of values) expect(v.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("uses https for every URL it names", () => {
    const urls: string[] = [];
    for (const node of walk(officeApp)) {
      for (const [name, value] of Object.entries(node.$ ?? {})) {
        if (!name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
      }
      if (node._ && /^[a-z][a-z0-9+.-]*:\/\//i.test(node._.trim())) urls.push(node._.trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("asks for ReadWriteDocument and ExcelApi 1.10", () => {
    expect(kid(officeApp, "Permissions")._).toBe("ReadWriteDocument");
    const sets = kids(kid(kid(officeApp, "Requirements"), "Sets"), "Set");
    expect(sets.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([
      ["ExcelApi", "1.10"],
    ]);
  });

  it("names and describes the add-in in Mongolian with English overrides", () => {
    const displayName = kid(officeApp, "DisplayName");
    expect(attr(displayName, "DefaultValue")).toBe("Гүйцэтгэл");
    expect(override(displayName, "en-US")).toBe("Guitsetgel — performance plans");
    const description = kid(officeApp, "Description");
    expect(attr(description, "DefaultValue")).toMatch(/^[А-ЯЁӨҮа-яёөү]/);
    expect(override(description, "en-US")).toMatch(/^[A-Za-z]/);
  });

  it("puts one group labelled Гүйцэтгэл / Performance on the Home tab", () => {
    const host = kid(kid(versionOverrides, "Hosts"), "Host");
    expect(attr(host, "xsi:type")).toBe("Workbook");
    const surface = kid(kid(host, "DesktopFormFactor"), "ExtensionPoint");
    expect(attr(surface, "xsi:type")).toBe("PrimaryCommandSurface");
    const tabs = kids(surface, "OfficeTab");
    expect(tabs.map((t) => attr(t, "id"))).toEqual(["TabHome"]);
    const groups = kids(tabs[0], "Group");
    expect(groups).toHaveLength(1);
    const label = resource("bt:ShortStrings", attr(kid(groups[0], "Label"), "resid"));
    expect(attr(label, "DefaultValue")).toBe("Гүйцэтгэл");
    expect(override(label, "en-US")).toBe("Performance");
  });

  it("has three buttons that open the Template, Check and Summary views in one task pane", () => {
    const group = [...walk(versionOverrides)].find((n) => n["#name"] === "Group");
    const controls = kids(group as XmlNode, "Control");
    expect(controls.map((c) => attr(c, "xsi:type"))).toEqual(["Button", "Button", "Button"]);
    const actions = controls.map((c) => kid(c, "Action"));
    expect(actions.map((a) => attr(a, "xsi:type"))).toEqual([
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
    ]);
    const urls = actions.map((a) =>
      attr(resource("bt:Urls", attr(kid(a, "SourceLocation"), "resid")), "DefaultValue"),
    );
    const views = urls.map((u) => new URL(u).searchParams.get("view"));
    expect(views).toEqual(["template", "check", "summary"]);
    for (const view of views) expect(VIEW_IDS).toContain(view);
    for (const u of urls) expect(new URL(u).pathname).toBe("/taskpane.html");
    expect(new Set(actions.map((a) => kid(a, "TaskpaneId")._)).size).toBe(1);
    const labels = controls.map((c) => resource("bt:ShortStrings", attr(kid(c, "Label"), "resid")));
    expect(labels.map((l) => [attr(l, "DefaultValue"), override(l, "en-US")])).toEqual([
      ["Загвар", "Template"],
      ["Шалгах", "Check"],
      ["Нэгтгэл", "Summary"],
    ]);
  });

  it("points the function file at commands.html", () => {
    const host = kid(kid(versionOverrides, "Hosts"), "Host");
    const functionFile = kid(kid(host, "DesktopFormFactor"), "FunctionFile");
    const url = attr(resource("bt:Urls", attr(functionFile, "resid")), "DefaultValue");
    expect(url).toBe("https://localhost:3000/commands.html");
  });

  it("has icon files with the pixel sizes the manifest declares", () => {
    const declared: Array<[string, number]> = [
      [attr(kid(officeApp, "IconUrl"), "DefaultValue"), 32],
      [attr(kid(officeApp, "HighResolutionIconUrl"), "DefaultValue"), 64],
    ];
    for (const node of walk(versionOverrides)) {
      if (node["#name"] !== "Icon") continue;
      const sizes = kids(node, "bt:Image").map((image) => Number(attr(image, "size")));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
      for (const image of kids(node, "bt:Image")) {
        const url = attr(resource("bt:Images", attr(image, "resid")), "DefaultValue");
        declared.push([url, Number(attr(image, "size"))]);
      }
    }
    expect(declared.length).toBeGreaterThan(5);
    for (const [url, size] of declared) {
      expect([url, pngSize(localFile(url))]).toEqual([url, { width: size, height: size }]);
    }
  });
});

const SCHEMAS = path.join(ROOT, "test", "manifest-schemas");

/** xmllint's verdict on a manifest against Microsoft's schemas (test/manifest-schemas/SOURCE.md). */
function validate(file: string): { ok: boolean; output: string } {
  try {
    const schema = path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd");
    const output = execFileSync("xmllint", ["--noout", "--schema", schema, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return { ok: false, output: err.stderr ?? err.message };
  }
}

/** `npm run manifest -- …args`, as an office's administrator runs it. */
function runManifest(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      [path.join(ROOT, "scripts", "manifest.js"), ...args],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("the manifest an office deploys (npm run manifest -- --url …)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const deployed = path.join(dir, "manifest.xml");
  const base = "https://addins.ndaatgal.mn/guitsetgel";
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes every address under the office's server, with the package's version and a support page", () => {
    const r = runManifest(["--url", `${base}/`, "-o", deployed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(base);
    const xml = fs.readFileSync(deployed, "utf8");
    expect(xml).not.toMatch(/localhost/i);
    const dev = fs.readFileSync(MANIFEST, "utf8");
    // Each of the development manifest's addresses moved to the server, one for one.
    const devUrls = dev.match(/https:\/\/localhost:3000[^"]*/g) ?? [];
    const urls = xml.match(new RegExp(`${base.replace(/[./]/g, "\\$&")}[^"]*`, "g")) ?? [];
    expect(urls).toEqual(devUrls.map((u) => u.replace("https://localhost:3000", base)));
    expect(xml).toContain(`<SupportUrl DefaultValue="${base}/assets/support.html"/>`);
    expect(fs.existsSync(path.join(ROOT, "assets", "support.html"))).toBe(true);
    // package.json's 0.1.0 is the manifest's 0.1.0.0.
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(xml).toContain(`<Version>${version}.0</Version>`);
  });

  it("both manifests validate against Microsoft's add-in manifest schemas", () => {
    if (!fs.existsSync(deployed)) runManifest(["--url", base, "-o", deployed]);
    for (const file of [MANIFEST, deployed]) {
      const verdict = validate(file);
      expect([file, verdict.ok, verdict.output]).toEqual([file, true, verdict.output]);
    }
  });

  it("the schemas refuse what Office refuses: an element out of order, an unknown permission", () => {
    const dev = fs.readFileSync(MANIFEST, "utf8");
    const support = dev.match(/ {2}<SupportUrl [^>]*\/>\n/)![0];
    const swapped = dev
      .replace(support, "")
      .replace("  <DisplayName ", `${support}  <DisplayName `);
    const permission = dev.replace(">ReadWriteDocument<", ">ReadWriteEverything<");
    for (const [name, xml] of [
      ["swapped.xml", swapped],
      ["permission.xml", permission],
    ]) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, xml);
      expect(validate(file).ok).toBe(false);
    }
  });

  it("refuses an address Office cannot load from, in both languages, and writes nothing", () => {
    const out = path.join(dir, "refused.xml");
    for (const url of [
      "http://addins.ndaatgal.mn/guitsetgel",
      "https://localhost:3000",
      "not a url",
    ]) {
      const r = runManifest(["--url", url, "-o", out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/[А-Яа-яӨөҮү]/);
      expect(r.stderr).toMatch(/[A-Za-z]{3,}/);
    }
    expect(runManifest(["-o", out]).status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});
