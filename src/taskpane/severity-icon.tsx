// One icon per severity, coloured like Excel's own error/warning/info marks.
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { Severity } from "../core/model";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle16Regular className={styles.error} aria-hidden />;
  if (severity === "warning") return <Warning16Regular className={styles.warning} aria-hidden />;
  return <Info16Regular className={styles.info} aria-hidden />;
}
