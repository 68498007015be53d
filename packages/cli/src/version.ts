import pkg from "../package.json" with { type: "json" };

/** The CLI package version. */
export const VERSION: string = pkg.version;
