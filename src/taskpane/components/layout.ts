import { makeStyles, tokens } from "@fluentui/react-components";

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
  // A file input reachable through its button; kept in the page (not display:none) so the
  // label still names it.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
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
