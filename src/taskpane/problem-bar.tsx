// A problem the user must know about, said with what to do next. Errors are announced at once.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { ProblemMessage } from "./errors";

const useStyles = makeStyles({
  detail: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  bar: { alignItems: "flex-start" },
  body: { whiteSpace: "normal" },
});

export function ProblemBar({
  problem,
  onDismiss,
  intent = "error",
}: {
  problem: ProblemMessage;
  onDismiss?: () => void;
  intent?: "error" | "warning";
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" politeness="assertive" className={styles.bar}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{problem.title}</MessageBarTitle> {problem.action}
        {problem.detail && <span className={styles.detail}>Rincian: {problem.detail}</span>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label="Tutup pesan" icon={<Dismiss20Regular />} onClick={onDismiss} />}
        />
      )}
    </MessageBar>
  );
}
