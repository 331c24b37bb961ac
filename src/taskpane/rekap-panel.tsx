// "Rekap": a Kanwil picks the workbooks of its UPT; they are read here, in the pane, with the
// same reader as the CLI, and the recap is written to SAKIP Rekap in the open workbook.
import { useRef } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import type { RekapOutcome, UnitFile } from "./run";
import { useSharedStyles } from "./shared-styles";

const useStyles = makeStyles({
  units: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface Props {
  disabled: boolean;
  last: RekapOutcome | null;
  onFiles(files: UnitFile[]): void;
}

export function RekapPanel({ disabled, last, onFiles }: Props) {
  const shared = useSharedStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={shared.section} aria-labelledby="sakip-rekap">
      <h2 id="sakip-rekap" className={shared.paragraph}>
        <Text size={400} weight="semibold">
          Rekap Kanwil
        </Text>
      </h2>
      <p className={shared.paragraph}>
        Pilih file .xlsx dari beberapa UPT. Setiap file diperiksa, lalu rekapnya ditulis ke lembar SAKIP Rekap di buku kerja ini.
      </p>
      <Text size={200} className={shared.muted}>
        File dibaca di komputer ini saja dan tidak diunggah ke mana pun.
      </Text>
      <div>
        <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
          Gabungkan file UPT
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Pilih file UPT (.xlsx)"
          hidden
          data-testid="file-upt"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = ""; // picking the same files again must fire change again
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      {last && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Selesai.</MessageBarTitle> Ditulis: {last.written.join(", ")} dari {last.units.length} satuan kerja
              {last.findings > 0 ? `, dengan ${last.findings} temuan.` : "."}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.units} aria-label="Satuan kerja dalam rekap">
            {last.units.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
          {last.skipped.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Dilewati {last.skipped.length} file.</MessageBarTitle>
                {last.skipped.map((s) => (
                  <span key={s.file} style={{ display: "block" }}>
                    {s.file}: {s.message}
                  </span>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
