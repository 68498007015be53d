/**
 * A small XML well-formedness check for the generated SVGs (no parser dependency): one
 * root element, every tag closed in order, quoted attributes without duplicates, no stray
 * `<` or unescaped `&` in text. Returns the element names in document order.
 */
export function parseXml(text: string): { root: string; elements: { name: string; attrs: Record<string, string> }[] } {
  let s = text.replace(/^<\?xml[^?]*\?>\s*/, "");
  const elements: { name: string; attrs: Record<string, string> }[] = [];
  const stack: string[] = [];
  let root = "";
  const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
  while (s.length > 0) {
    const lt = s.indexOf("<");
    const textPart = lt < 0 ? s : s.slice(0, lt);
    if (entity.test(textPart)) throw new Error(`unescaped & in text: ${textPart.slice(0, 40)}`);
    if (textPart.trim() && stack.length === 0) throw new Error(`text outside the root: ${textPart.slice(0, 40)}`);
    if (lt < 0) break;
    s = s.slice(lt);
    const gt = s.indexOf(">");
    if (gt < 0) throw new Error("unterminated tag");
    const tag = s.slice(0, gt + 1);
    s = s.slice(gt + 1);
    const close = /^<\/([A-Za-z][\w:.-]*)\s*>$/.exec(tag);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) throw new Error(`</${close[1]}> closes <${open}>`);
      continue;
    }
    const m = /^<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (!m) throw new Error(`malformed tag: ${tag.slice(0, 80)}`);
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} in ${tag.slice(0, 60)}`);
      if (entity.test(a[2]!)) throw new Error(`unescaped & in attribute ${a[1]}`);
      attrs[a[1]!] = a[2]!;
    }
    if (stack.length === 0) {
      if (root) throw new Error(`a second root element <${m[1]}>`);
      root = m[1]!;
    }
    elements.push({ name: m[1]!, attrs });
    if (!m[3]) stack.push(m[1]!);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (!root) throw new Error("no root element");
  return { root, elements };
}
