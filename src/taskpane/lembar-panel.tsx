// "Lembar": the structured input sheets, made from the current workbook or as a blank template.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentAdd20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import type { SheetsOutcome } from "./run";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  action: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
});

interface Props {
  disabled: boolean;
  last: { task: "lembar" | "templat"; outcome: SheetsOutcome } | null;
  onConvert(): void;
  onTemplate(): void;
}

export function LembarPanel({ disabled, last, onConvert, onTemplate }: Props) {
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <section className={shared.section} aria-labelledby="sakip-lembar">
      <h2 id="sakip-lembar" className={shared.paragraph}>
        <Text size={400} weight="semibold">
          Lembar isian terstruktur
        </Text>
      </h2>
      <p className={shared.paragraph}>
        Lembar SAKIP PK, SAKIP Realisasi, SAKIP Anggaran, dan SAKIP Rencana Aksi menyimpan data kinerja dengan rumus yang terlihat di sel.
        Isi lembar itu selanjutnya; Validasi &amp; Ringkas membacanya lebih dulu.
      </p>
      <div className={shared.section}>
        <div className={styles.action}>
          <Button appearance="primary" icon={<TableAdd20Regular />} disabled={disabled} onClick={onConvert}>
            Buat lembar SAKIP
          </Button>
          <Text as="p" block size={200} className={mergeClasses(shared.muted, shared.paragraph)}>
            Dari tabel yang sudah ada di buku kerja ini. Lembar Anda tidak diubah.
          </Text>
        </div>
        <div className={styles.action}>
          <Button icon={<DocumentAdd20Regular />} disabled={disabled} onClick={onTemplate}>
            Sisipkan templat kosong
          </Button>
          <Text as="p" block size={200} className={mergeClasses(shared.muted, shared.paragraph)}>
            Lembar isian dengan baris contoh, untuk mulai dari awal.
          </Text>
        </div>
      </div>
      {last && <SheetsMessage outcome={last.outcome} />}
    </section>
  );
}

function SheetsMessage({ outcome }: { outcome: SheetsOutcome }) {
  if (outcome.status === "cancelled") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Dibatalkan.</MessageBarTitle> Tidak ada lembar yang diubah.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Selesai.</MessageBarTitle>{" "}
        {outcome.written.length > 0 ? `Ditulis: ${outcome.written.join(", ")}.` : "Tidak ada lembar baru."}
        {outcome.skipped.length > 0 && ` Tidak diganti: ${outcome.skipped.join(", ")}.`}
      </MessageBarBody>
    </MessageBar>
  );
}
