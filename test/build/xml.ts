// A strict, small XML 1.0 reader for the build tests (no XML package is installed): it
// rejects anything not well-formed — mismatched or unclosed tags, duplicate attributes,
// unquoted values, bare "&" or "<", unknown entities, "--" in comments, a DOCTYPE, text
// outside the root — and returns the element tree with references decoded.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (CDATA included), references decoded. */
  text: string;
  line: number;
}

export class XmlError extends Error {}

const NAME_START = "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
// NameChar of XML 1.0 §2.3, which includes combining marks (U+0300–U+036F) on purpose.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, "y");
const SPACE = /[ \t\r\n]+/y;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(message: string): never {
    const line = this.src.slice(0, this.pos).split("\n").length;
    throw new XmlError(`line ${line}: ${message}`);
  }

  line(): number {
    return this.src.slice(0, this.pos).split("\n").length;
  }

  done(): boolean {
    return this.pos >= this.src.length;
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected ${JSON.stringify(s)}`);
    this.pos += s.length;
  }

  match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  space(): boolean {
    return this.match(SPACE) !== null;
  }

  name(): string {
    return this.match(NAME) ?? this.fail("expected a name");
  }

  /** Text up to `end` (consumed), checked for characters XML forbids. */
  until(end: string, what: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(`unterminated ${what}`);
    const text = this.src.slice(this.pos, at);
    this.checkChars(text);
    this.pos = at + end.length;
    return text;
  }

  checkChars(text: string): void {
    for (const ch of text) {
      if (!isXmlChar(ch.codePointAt(0) ?? 0)) this.fail(`character U+${(ch.codePointAt(0) ?? 0).toString(16)} not allowed`);
    }
  }

  /** Decodes references in attribute values or character data; a bare "&" is an error. */
  decode(raw: string): string {
    this.checkChars(raw);
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(";")) this.fail(`bare "&" or unterminated reference ${JSON.stringify(whole)}`);
      if (ref in ENTITIES) return ENTITIES[ref];
      const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!num) this.fail(`unknown entity &${ref};`);
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (!isXmlChar(code)) this.fail(`reference to a character XML forbids: &${ref};`);
      return String.fromCodePoint(code);
    });
  }

  comment(): void {
    this.expect("<!--");
    const body = this.until("-->", "comment");
    if (body.includes("--") || body.endsWith("-")) this.fail('"--" inside a comment');
  }

  pi(): void {
    this.expect("<?");
    const target = this.name();
    if (target.toLowerCase() === "xml") this.fail("XML declaration not at the start");
    this.until("?>", "processing instruction");
  }

  /** Comments, processing instructions and white space between markup outside the root. */
  misc(): void {
    for (;;) {
      if (this.space()) continue;
      if (this.startsWith("<!--")) this.comment();
      else if (this.startsWith("<?")) this.pi();
      else return;
    }
  }

  declaration(): void {
    if (!this.startsWith("<?xml")) return;
    const decl = this.until("?>", "XML declaration");
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(decl)) {
      this.fail("malformed XML declaration");
    }
  }

  element(): XmlElement {
    const line = this.line();
    this.expect("<");
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = this.space();
      if (this.startsWith("/>") || this.startsWith(">")) break;
      if (!spaced) this.fail(`white space needed before an attribute of <${name}>`);
      const attr = this.name();
      if (attr in attributes) this.fail(`duplicate attribute ${attr} on <${name}>`);
      this.space();
      this.expect("=");
      this.space();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`unquoted value of ${attr}`);
      this.pos++;
      const raw = this.until(quote, "attribute value");
      if (raw.includes("<")) this.fail(`"<" in the value of ${attr}`);
      attributes[attr] = this.decode(raw);
    }
    const element: XmlElement = { name, attributes, children: [], text: "", line };
    if (this.startsWith("/>")) {
      this.pos += 2;
      return element;
    }
    this.expect(">");
    for (;;) {
      if (this.done()) this.fail(`<${name}> is not closed`);
      if (this.startsWith("</")) {
        this.pos += 2;
        const end = this.name();
        if (end !== name) this.fail(`</${end}> closes <${name}>`);
        this.space();
        this.expect(">");
        return element;
      }
      if (this.startsWith("<!--")) this.comment();
      else if (this.startsWith("<![CDATA[")) {
        this.pos += "<![CDATA[".length;
        element.text += this.until("]]>", "CDATA section");
      } else if (this.startsWith("<?")) this.pi();
      else if (this.startsWith("<!")) this.fail("declarations are not allowed inside elements");
      else if (this.startsWith("<")) element.children.push(this.element());
      else {
        const next = this.src.indexOf("<", this.pos);
        const raw = this.src.slice(this.pos, next < 0 ? this.src.length : next);
        if (raw.includes("]]>")) this.fail('"]]>" in character data');
        element.text += this.decode(raw);
        this.pos += raw.length;
      }
    }
  }

  document(): XmlElement {
    if (this.startsWith("\uFEFF")) this.pos++;
    this.declaration();
    this.misc();
    if (this.startsWith("<!DOCTYPE")) this.fail("DOCTYPE is not supported");
    if (!this.startsWith("<")) this.fail("expected the root element");
    const root = this.element();
    this.misc();
    if (!this.done()) this.fail("content after the root element");
    return root;
  }
}

/** Parses a whole XML document; throws XmlError (with the line) when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  return new Reader(source).document();
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** Elements at a path of child names below `root` ("VersionOverrides/Hosts/Host"). */
export function select(root: XmlElement, path: string): XmlElement[] {
  return path.split("/").reduce<XmlElement[]>((found, step) => found.flatMap((e) => e.children.filter((c) => c.name === step)), [root]);
}
