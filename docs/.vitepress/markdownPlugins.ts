import type MarkdownIt from "markdown-it";

/**
 * A markdown table whose header cells are all empty (`| | |`, the way a two-column
 * "property | value" summary is written) renders without its empty header row: the
 * `<thead>` tokens are dropped and the body stays as it is.
 */
export function dropEmptyTableHeads(md: MarkdownIt): void {
  md.core.ruler.push("drop-empty-thead", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== "thead_open") continue;
      let end = i;
      while (end < tokens.length && tokens[end]!.type !== "thead_close") end++;
      const cells = tokens.slice(i, end).filter((t) => t.type === "inline");
      if (end < tokens.length && cells.every((t) => t.content.trim() === "")) {
        tokens.splice(i, end - i + 1);
        i--;
      }
    }
  });
}
