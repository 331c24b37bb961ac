// The running operation: a Fluent ProgressBar under the current step's name, and the list of
// named steps with what is done. Announced to screen readers through a polite live region.
import { Field, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Regular, Circle16Regular, ArrowCircleRight16Regular } from "@fluentui/react-icons";
import { progressValue, type Step, type StepId } from "./steps";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  step: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground2 },
  doneIcon: { color: tokens.colorPaletteGreenForeground1 },
});

export function ProgressView({ steps, current }: { steps: readonly Step[]; current: StepId | null }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const index = current === null ? -1 : steps.findIndex((s) => s.id === current);
  const label = index < 0 ? "Memulai…" : `${steps[index].label}…`;
  return (
    <section aria-label="Kemajuan" aria-busy="true">
      <Field label={label} hint={`Langkah ${Math.max(index + 1, 1)} dari ${steps.length}`}>
        <ProgressBar value={progressValue(steps, current)} thickness="large" />
      </Field>
      <div role="status" aria-live="polite" className={shared.srOnly}>
        {index < 0 ? "Memulai" : `Langkah ${index + 1} dari ${steps.length}: ${steps[index].label}`}
      </div>
      <ol className={styles.steps}>
        {steps.map((s, i) => {
          const state = i < index ? "done" : i === index ? "current" : "pending";
          return (
            <li key={s.id} className={mergeClasses(styles.step, state === "current" && styles.current, state === "done" && styles.done)}>
              {state === "done" ? (
                <CheckmarkCircle16Regular className={styles.doneIcon} aria-hidden />
              ) : state === "current" ? (
                <ArrowCircleRight16Regular aria-hidden />
              ) : (
                <Circle16Regular aria-hidden />
              )}
              <span>
                {s.label}
                <span className={shared.srOnly}>{state === "done" ? " (selesai)" : state === "current" ? " (sedang berjalan)" : ""}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
