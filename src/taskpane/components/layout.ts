import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * In the page but not seen: a file input reached through its button (kept in the page rather
 * than display:none), a grid's hint that screen readers read.
 */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;

/** Shared layout of the views: one column that fits a 320 px pane. */
export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0, overflowWrap: "anywhere" },
  fileInput: VISUALLY_HIDDEN,
  /** A form control as wide as the pane, however long its longest option. */
  control: { width: "100%", minWidth: 0, maxWidth: "100%" },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});
