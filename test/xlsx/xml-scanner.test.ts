// The fast reader's XML parser and text decoding: events by local name, raw text decoded by the
// handler, the same events however the text is cut into chunks, malformed XML refused.
import fc from "fast-check";
import { XmlScanner, XmlError, readAttributes, type XmlHandler } from "../../src/xlsx/xml-scanner";
import { decodeText, decodeAttribute, excelEscapes, exceljsDecode } from "../../src/xlsx/xml-text";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Events with attributes read and adjacent texts joined (a text may come in pieces). */
function events(chunks: string[]): Event[] {
  const out: Event[] = [];
  const handler: XmlHandler = {
    open: (name, attributes) => out.push(["open", name, { ...readAttributes(attributes) }]),
    close: (name) => out.push(["close", name]),
    text: (raw) => {
      const last = out[out.length - 1];
      if (last && last[0] === "text") last[1] += raw;
      else out.push(["text", raw]);
    },
  };
  const scanner = new XmlScanner(handler);
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return out.map((e) => (e[0] === "text" ? ["text", decodeText(e[1])] : e));
}

describe("XmlScanner", () => {
  test("elements by local name, attributes decoded, namespace declarations left out, text decoded", () => {
    const xml =
      '<?xml version="1.0"?><!-- komentar --><x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel">' +
      '<x:c r="A1" t = \'s\' r:id="rId&amp;1" note="a\r\nb\tc&#10;d"><x:v>1 &lt; 2 &amp;&amp; &#x41;&#66; &nbsp;</x:v></x:c>' +
      "<x:t><![CDATA[a < b & c]]></x:t><empty/></x:worksheet>";
    expect(events([xml])).toEqual([
      ["open", "worksheet", {}],
      ["open", "c", { r: "A1", t: "s", id: "rId&1", note: "a b c\nd" }],
      ["open", "v", {}],
      ["text", "1 < 2 && AB &nbsp;"],
      ["close", "v"],
      ["close", "c"],
      ["open", "t", {}],
      ["text", "a < b & c"],
      ["close", "t"],
      ["open", "empty", {}],
      ["close", "empty"],
      ["close", "worksheet"],
    ]);
  });

  test("a '>' inside an attribute value does not end the tag", () => {
    expect(events(['<numFmts><numFmt formatCode="[&gt;=100]0;\'>\'0"/></numFmts>'])[1]).toEqual(["open", "numFmt", { formatCode: "[>=100]0;'>'0" }]);
  });

  test("line ends in text become \\n; a character reference keeps a carriage return", () => {
    expect(events(["<t>a\r\nb\rc&#13;</t>"])[1]).toEqual(["text", "a\nb\nc\r"]);
  });

  // Well-formed pieces, so any sequence of them is a document.
  const pieces = fc.constantFrom(
    '<row r="1" spans="1:5"><c r="B2" s="3" t="s"><v>12.5</v></c></row>', '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> teks &amp; &#x41; </t></is></c>',
    "<x:f t=\"shared\" ref='A1:A3' si=\"0\">IF(A1&gt;0,\"&lt;ya&gt;\",\"\")</x:f>", "<![CDATA[<x> & y]]>", "<!-- c -->", "<?pi x?>", "<is/>",
    "teks panjang ", "&amp;", "&#x1F600;", "\r\n", "漢字", "😀",
  );
  test("the same events however the XML is cut into chunks", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), (parts, cuts) => {
        const xml = `<root>${parts.join("")}</root>`;
        const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i, all) => xml.slice(start, all[i + 1] ?? xml.length));
        expect(events(chunks)).toEqual(events([xml]));
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ["a stray <", "<a><<b/></a>"],
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an end tag without start", "<a></a></b>"],
    ["an unclosed element", "<a><b/>"],
    ["a cut-off tag", '<a><b c="1'],
    ["two root elements", "<a/><b/>"],
    ["no element at all", "   "],
    ["an unknown declaration", "<a><!ELEMENT x></a>"],
  ])("refuses %s", (_label, xml) => {
    expect(() => events([xml])).toThrow(XmlError);
  });
});

describe("text decoding", () => {
  test.each([
    ["&lt;&gt;&amp;&quot;&apos;", "<>&\"'"],
    ["&#65;&#x1F600;&#0;&#x110000;", "A😀&#0;&#x110000;"],
    ["&nbsp;&AMP;", "&nbsp;&AMP;"],
  ])("decodeText(%j) → %j", (raw, text) => {
    expect(decodeText(raw)).toBe(text);
  });

  test("attributes: literal tabs and newlines become spaces, referenced ones stay", () => {
    expect(decodeAttribute("a\tb\r\nc&#9;d&#10;")).toBe("a b c\td\n");
  });

  test.each([
    ["A_x000D_B", "A\rB"],
    ["_x0041__x0042_", "AB"],
    ["_x000d_ _x00G1_ _x41_", "_x000d_ _x00G1_ _x41_"],
  ])("excelEscapes(%j) → %j", (raw, text) => {
    expect(excelEscapes(raw)).toBe(text);
  });

  test("exceljsDecode repeats ExcelJS's second decoding of the five named entities only", () => {
    expect(exceljsDecode("&amp;&lt;&gt;&quot;&apos;&#65;&nbsp;")).toBe("&<>\"'&#65;&nbsp;");
  });
});
