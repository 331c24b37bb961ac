// The outcome of "Validasi & Ringkas": counts by severity, the sheets written, and every
// finding grouped by sheet. A finding is a button: it selects its cell in Excel.
import { forwardRef, useState } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellRef, Finding, Severity } from "../core/model";
import type { ValidasiOutcome } from "./run";
import { SEVERITIES, SEVERITY_LABEL, hasCell, type FindingGroup } from "./findings";
import { SeverityIcon } from "./severity-icon";
import { useSharedStyles } from "./shared-styles";

/** Findings shown per sheet before "Tampilkan semua": long lists stay quick to scan. */
const FIRST_SHOWN = 25;

const useStyles = makeStyles({
  counts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  countLabel: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  finding: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":disabled": { cursor: "default", color: tokens.colorNeutralForeground2 },
  },
  icon: { paddingTop: "1px" },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: "3.5em",
    flexShrink: 0,
  },
  body: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  figures: { color: tokens.colorNeutralForeground3 },
  summary: { margin: 0 },
  headingRow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" } },
});

function sentence(c: Record<Severity, number>): string {
  return `${c.error} galat, ${c.warning} peringatan, ${c.info} info`;
}

interface Props {
  outcome: ValidasiOutcome;
  onSelect(ref: CellRef): void;
  disabled: boolean;
}

export const ResultsView = forwardRef<HTMLHeadingElement, Props>(function ResultsView({ outcome, onSelect, disabled }, headingRef) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const about = [outcome.unit, outcome.tahun === null ? null : `Tahun ${outcome.tahun}`].filter(Boolean).join(" · ");
  return (
    <section className={shared.section} aria-labelledby="sakip-hasil">
      <div className={styles.headingRow}>
        <h2 id="sakip-hasil" className={styles.heading} tabIndex={-1} ref={headingRef}>
          Hasil pemeriksaan
        </h2>
        <Text size={200} className={shared.muted}>
          {about ? `${about} — ` : ""}
          {outcome.indikator} indikator, {outcome.anggaran} baris anggaran terbaca
        </Text>
      </div>
      <ul className={styles.counts} aria-label="Jumlah temuan">
        {SEVERITIES.map((s) => (
          <li key={s} className={styles.count}>
            <span className={styles.number}>{outcome.counts[s]}</span>
            <span className={styles.countLabel}>
              <SeverityIcon severity={s} />
              {SEVERITY_LABEL[s]}
            </span>
          </li>
        ))}
      </ul>
      <Text as="p" block size={200} className={mergeClasses(styles.summary, shared.muted)}>
        {outcome.total === 0 ? "Tidak ada temuan: angka yang diperiksa konsisten. " : ""}
        Ditulis: {outcome.written.join(", ")}.
      </Text>
      <div role="status" className={shared.srOnly}>
        {`Selesai. ${outcome.total} temuan: ${sentence(outcome.counts)}.`}
      </div>
      {outcome.groups.map((g) => (
        <SheetGroup key={g.sheet} group={g} onSelect={onSelect} disabled={disabled} />
      ))}
    </section>
  );
});

function SheetGroup({ group, onSelect, disabled }: { group: FindingGroup; onSelect(ref: CellRef): void; disabled: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [all, setAll] = useState(false);
  const shown = all ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  const title = group.sheet === "" ? "Buku kerja" : group.sheet;
  return (
    <div className={styles.group}>
      <h3 className={styles.groupTitle}>
        <span>{title}</span>
        <Text size={200} className={shared.muted}>
          {group.findings.length} temuan
        </Text>
      </h3>
      <ul className={styles.list} aria-label={`Temuan di ${title}`}>
        {shown.map((f, i) => (
          <li key={`${f.rule}-${f.cell}-${i}`}>
            <FindingButton finding={f} onSelect={onSelect} disabled={disabled} />
          </li>
        ))}
      </ul>
      {shown.length < group.findings.length && (
        <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
          Tampilkan semua ({group.findings.length})
        </Button>
      )}
    </div>
  );
}

function FindingButton({ finding: f, onSelect, disabled }: { finding: Finding; onSelect(ref: CellRef): void; disabled: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const selectable = hasCell(f);
  const figures = [f.expected === undefined ? null : `seharusnya ${f.expected}`, f.actual === undefined ? null : `tertulis ${f.actual}`]
    .filter(Boolean)
    .join(" · ");
  return (
    <button
      type="button"
      className={styles.finding}
      disabled={disabled || !selectable}
      title={selectable ? `Pilih sel ${f.cell} di lembar ${f.sheet}` : undefined}
      onClick={() => onSelect({ sheet: f.sheet, cell: f.cell })}
    >
      <span className={styles.icon}>
        <SeverityIcon severity={f.severity} />
      </span>
      <span className={shared.srOnly}>{SEVERITY_LABEL[f.severity]}, sel</span>
      <span className={styles.cell}>{f.cell}</span>
      <span className={styles.body}>
        <span>{f.message}</span>
        {figures && <span className={styles.figures}>{figures}</span>}
      </span>
    </button>
  );
}
