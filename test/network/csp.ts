// The Content-Security-Policy of an HTML page's <meta http-equiv> as directive → sources.

export function parseCsp(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).filter((m) => /http-equiv\s*=\s*"?Content-Security-Policy/i.test(m));
  if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy meta tag, found ${metas.length}`);
  const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(metas[0]);
  if (!content) throw new Error("the Content-Security-Policy meta tag has no content");
  const policy = new Map<string, string[]>();
  for (const part of (content[1] ?? content[2]).split(";")) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive) policy.set(directive.toLowerCase(), sources);
  }
  return policy;
}
