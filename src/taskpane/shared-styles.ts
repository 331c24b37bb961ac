// Styles several components share.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown. */
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  paragraph: { margin: 0 },
});
