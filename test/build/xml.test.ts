// The XML reader the manifest test relies on must reject what Office's parser rejects.
import { parseXml, select, XmlError } from "./xml";

describe("parseXml accepts well-formed XML", () => {
  it("reads elements, attributes, references, CDATA and skips comments", () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<a x="1" y=\'R&amp;D &#x41;&#66;\'>\n  <b:c/> t &lt;&gt;&quot;&apos; <![CDATA[<raw & stuff>]]><?pi data?>\n</a >\n<!-- end -->\n',
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1", y: "R&D AB" });
    expect(root.children.map((c) => c.name)).toEqual(["b:c"]);
    expect(root.text).toBe("\n   t <>\"' <raw & stuff>\n");
  });

  it("selects by a path of child names", () => {
    const root = parseXml("<r><h><x i='1'/><x i='2'/></h><h><x i='3'/></h></r>");
    expect(select(root, "h/x").map((e) => e.attributes.i)).toEqual(["1", "2", "3"]);
  });
});

describe("parseXml rejects XML that is not well-formed", () => {
  it.each([
    ["mismatched end tag", "<a><b></a></b>"],
    ["unclosed element", "<a><b/>"],
    ["duplicate attribute", '<a x="1" x="2"/>'],
    ["unquoted attribute", "<a x=1/>"],
    ["attributes without space", '<a x="1"y="2"/>'],
    ["bare ampersand in text", "<a>R&D</a>"],
    ["bare ampersand in attribute", '<a t="Validasi & Ringkas"/>'],
    ["unknown entity", "<a>&nbsp;</a>"],
    ["< in attribute", '<a x="<"/>'],
    ["double hyphen in comment", "<a><!-- a -- b --></a>"],
    ["two roots", "<a/><b/>"],
    ["text after root", "<a/>x"],
    ["text before root", "x<a/>"],
    ["declaration not first", ' <?xml version="1.0"?><a/>'],
    ["DOCTYPE", "<!DOCTYPE a><a/>"],
    ["]]> in text", "<a>]]></a>"],
    ["control character", "<a>\u0001</a>"],
    ["reference to a forbidden character", "<a>&#0;</a>"],
    ["empty document", ""],
    ["malformed declaration", '<?xml version="2"?><a/>'],
  ])("%s", (_what, source) => {
    expect(() => parseXml(source)).toThrow(XmlError);
  });
});
