// "Pengaturan": how the workbook is scored, stored with the document so everyone who opens it
// checks it the same way.
import { useEffect, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, Delete16Regular, ArrowReset20Regular, Save20Regular } from "@fluentui/react-icons";
import type { Periode, RumusNegatif } from "../core/model";
import { DEFAULT_PANE_SETTINGS, PERIODE_LABEL, RUMUS_LABEL, type PaneSettings } from "./settings-store";
import { fromDraft, toDraft, type DraftErrors, type SettingsDraft } from "./settings-form";
import { useSharedStyles } from "./shared-styles";

const PITA_LABEL = { ditjenpas: "Ditjen Pemasyarakatan (bawaan)", kustom: "Kustom" } as const;

const useStyles = makeStyles({
  bands: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  bandRow: { display: "grid", gridTemplateColumns: "5.5em 1fr auto", columnGap: tokens.spacingHorizontalXS, alignItems: "center" },
  bandHead: { display: "grid", gridTemplateColumns: "5.5em 1fr", columnGap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
});

interface Props {
  saved: PaneSettings;
  canStore: boolean;
  onSave(p: PaneSettings): Promise<void>;
}

export function SettingsPanel({ saved, canStore, onSave }: Props) {
  const shared = useSharedStyles();
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(saved));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  useEffect(() => setDraft(toDraft(saved)), [saved]);

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus("idle");
  };
  const save = async () => {
    const { settings, errors: found } = fromDraft(draft);
    setErrors(found);
    if (!settings) return;
    setStatus("saving");
    try {
      await onSave(settings);
      setStatus("saved");
    } catch {
      setStatus("idle"); // the pane shows the problem
    }
  };
  const setBand = (i: number, patch: Partial<SettingsDraft["bands"][number]>) =>
    change({ bands: draft.bands.map((b, k) => (k === i ? { ...b, ...patch } : b)) });

  return (
    <section className={shared.section} aria-labelledby="sakip-pengaturan">
      <h2 id="sakip-pengaturan" className={shared.paragraph}>
        <Text size={400} weight="semibold">
          Pengaturan
        </Text>
      </h2>
      <Text size={200} className={shared.muted}>
        {canStore
          ? "Disimpan di buku kerja ini, berlaku untuk semua yang membukanya."
          : "Dokumen ini tidak dapat menyimpan pengaturan; berlaku sampai panel ditutup."}
      </Text>

      <Field label="Periode laporan">
        <Dropdown
          value={PERIODE_LABEL[draft.periode]}
          selectedOptions={[draft.periode]}
          onOptionSelect={(_e, data) => data.optionValue && change({ periode: data.optionValue as Periode })}
        >
          {(Object.keys(PERIODE_LABEL) as Periode[]).map((p) => (
            <Option key={p} value={p}>
              {PERIODE_LABEL[p]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label="Tahun laporan" hint="Kosongkan untuk memakai tahun yang tertulis di buku kerja." validationMessage={errors.tahun}>
        <Input
          inputMode="numeric"
          placeholder="Dari buku kerja"
          value={draft.tahun}
          onChange={(_e, data) => change({ tahun: data.value })}
        />
      </Field>

      <Switch
        checked={draft.batasAktif}
        label="Konversi capaian di atas batas"
        onChange={(_e, data) => change({ batasAktif: data.checked })}
      />
      <Field label="Batas capaian" hint="Pedoman Ditjenpas: 120%." validationMessage={errors.batas}>
        <Input
          inputMode="decimal"
          disabled={!draft.batasAktif}
          value={draft.batas}
          contentAfter={<span aria-hidden>%</span>}
          onChange={(_e, data) => change({ batas: data.value })}
        />
      </Field>

      <Field label="Rumus indikator negatif" hint="R = realisasi, T = target; untuk indikator yang makin rendah makin baik.">
        <Dropdown
          value={RUMUS_LABEL[draft.polaritasNegatif]}
          selectedOptions={[draft.polaritasNegatif]}
          onOptionSelect={(_e, data) => data.optionValue && change({ polaritasNegatif: data.optionValue as RumusNegatif })}
        >
          {(Object.keys(RUMUS_LABEL) as RumusNegatif[]).map((r) => (
            <Option key={r} value={r}>
              {RUMUS_LABEL[r]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label="Pita predikat" validationMessage={errors.pita}>
        <Dropdown
          value={PITA_LABEL[draft.pitaNama]}
          selectedOptions={[draft.pitaNama]}
          onOptionSelect={(_e, data) => data.optionValue && change({ pitaNama: data.optionValue as SettingsDraft["pitaNama"] })}
        >
          <Option value="ditjenpas">{PITA_LABEL.ditjenpas}</Option>
          <Option value="kustom">{PITA_LABEL.kustom}</Option>
        </Dropdown>
      </Field>
      {draft.pitaNama === "kustom" && (
        <fieldset className={mergeClasses(styles.fieldset, styles.bands)}>
          <legend className={shared.srOnly}>Pita predikat kustom</legend>
          <div className={styles.bandHead} aria-hidden>
            <Text size={200} weight="semibold">
              Mulai dari
            </Text>
            <Text size={200} weight="semibold">
              Predikat
            </Text>
          </div>
          {draft.bands.map((b, i) => (
            <div key={i} className={styles.bandRow}>
              <Input
                size="small"
                inputMode="decimal"
                aria-label={`Batas bawah baris ${i + 1} (%)`}
                value={b.min}
                contentAfter={<span aria-hidden>%</span>}
                onChange={(_e, data) => setBand(i, { min: data.value })}
              />
              <Input
                size="small"
                aria-label={`Predikat baris ${i + 1}`}
                value={b.label}
                onChange={(_e, data) => setBand(i, { label: data.value })}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<Delete16Regular />}
                aria-label={`Hapus baris ${i + 1}`}
                disabled={draft.bands.length <= 2}
                onClick={() => change({ bands: draft.bands.filter((_b, k) => k !== i) })}
              />
            </div>
          ))}
          <div>
            <Button size="small" icon={<Add16Regular />} onClick={() => change({ bands: [...draft.bands, { min: "", label: "" }] })}>
              Tambah baris
            </Button>
          </div>
        </fieldset>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={status === "saving"} onClick={save}>
          Simpan pengaturan
        </Button>
        <Button icon={<ArrowReset20Regular />} onClick={() => change(toDraft(DEFAULT_PANE_SETTINGS))}>
          Kembalikan bawaan
        </Button>
      </div>
      {status === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>Pengaturan disimpan{canStore ? " di buku kerja ini" : ""}.</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
