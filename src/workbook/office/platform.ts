/** The kinds of Office the pane runs in, as far as handing a file to the person goes. */
export type OfficePlatform = "windows" | "mac" | "web" | "ios" | "other";

/**
 * The Office the pane runs in, from `Office.context.diagnostics`; null outside Office (the
 * preview page, a plain browser), where the page is a web page like any other.
 */
export function officePlatform(): OfficePlatform | null {
  if (typeof Office === "undefined") return null;
  const platform: unknown = Office.context?.diagnostics?.platform;
  if (typeof platform !== "string") return null;
  const known: Record<string, OfficePlatform> = {
    PC: "windows",
    Mac: "mac",
    OfficeOnline: "web",
    iOS: "ios",
  };
  return known[platform] ?? "other";
}
