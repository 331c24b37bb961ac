// The task pane: a header, four tabs (Validasi, Lembar, Rekap, Pengaturan), the progress of
// the running operation and any problem, above the tab's content.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  Text,
  makeStaticStyles,
  mergeClasses,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { CheckmarkStarburst20Regular } from "@fluentui/react-icons";
import type { Controller } from "./run";
import { usePane } from "./use-pane";
import { useConfirm } from "./confirm-dialog";
import { ProgressView } from "./progress-view";
import { ProblemBar } from "./problem-bar";
import { ResultsView } from "./results-view";
import { LembarPanel } from "./lembar-panel";
import { RekapPanel } from "./rekap-panel";
import { UNSUPPORTED_API, describeError, type ProblemMessage } from "./errors";
import { saveSettings, toSettings, type PaneSettings, type SettingsBag } from "./settings-store";
import { settingsSummary } from "./settings-summary";
import { useSharedStyles } from "./shared-styles";
import { ChunkBoundary } from "./chunk-boundary";

type TabId = "validasi" | "lembar" | "rekap" | "pengaturan";

// The settings form (dropdowns, switch, inputs) is its own chunk: most runs never open it,
// and its Fluent components would otherwise weigh on the pane's initial JavaScript.
const SettingsPanel = lazy(() =>
  import(/* webpackChunkName: "pengaturan" */ "./settings-panel.js").then((m) => ({ default: m.SettingsPanel })),
);

// The pane fills the task pane window edge to edge.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  // Not on FluentProvider itself: Fluent copies the provider's classes onto the nodes of its
  // portals (dropdown lists, dialogs), which would then cover the whole pane.
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  main: { width: "100%", justifyContent: "center" },
  empty: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  settingsLine: { margin: 0 },
  inlineAction: {
    display: "inline",
    padding: 0,
    border: "none",
    background: "none",
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

export interface AppProps {
  controller: Controller;
  /** Office.context.document.settings, or null where the host has none. */
  settingsBag: SettingsBag | null;
  initialSettings: PaneSettings;
  dark: boolean;
  /** False when Excel lacks the API set the gateway needs; the actions are then disabled. */
  apiSupported: boolean;
}

export function App({ controller, settingsBag, initialSettings, dark, apiSupported }: AppProps) {
  useBodyStyles();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [tab, setTab] = useState<TabId>("validasi");
  const [paneSettings, setPaneSettings] = useState(initialSettings);
  const [settingsProblem, setSettingsProblem] = useState<ProblemMessage | null>(null);
  const settings = useMemo(() => toSettings(paneSettings), [paneSettings]);
  const { confirm, dialog } = useConfirm();
  const pane = usePane(controller, settings, confirm);
  const { state } = pane;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const disabled = !apiSupported || state.busy !== null;

  // Focus moves to the results when a run finishes, so keyboard and screen reader users land there.
  useEffect(() => {
    if (state.validasi) resultsHeading.current?.focus();
  }, [state.validasi]);

  const storeSettings = useCallback(
    async (p: PaneSettings) => {
      setSettingsProblem(null);
      try {
        if (settingsBag) await saveSettings(settingsBag, p);
        setPaneSettings(p);
      } catch (e) {
        // Still used for this session; the user is told it was not stored.
        setPaneSettings(p);
        setSettingsProblem(describeError(e));
        throw e;
      }
    },
    [settingsBag],
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <main className={styles.page}>
          <header className={styles.header}>
            <h1 className={styles.title}>SAKIP untuk Excel</h1>
            <Text size={200} className={shared.muted}>
              Periksa angka kinerja dan anggaran, lalu susun ringkasan Bab III LKjIP.
            </Text>
          </header>

          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_e, data) => setTab(data.value as TabId)}
            aria-label="Bagian panel"
          >
            <Tab value="validasi">Validasi</Tab>
            <Tab value="lembar">Lembar</Tab>
            <Tab value="rekap">Rekap</Tab>
            <Tab value="pengaturan">Pengaturan</Tab>
          </TabList>

          {!apiSupported && <ProblemBar problem={UNSUPPORTED_API} intent="warning" />}
          {state.problem && <ProblemBar problem={state.problem} onDismiss={pane.dismissProblem} />}
          {settingsProblem && <ProblemBar problem={settingsProblem} intent="warning" onDismiss={() => setSettingsProblem(null)} />}
          {state.busy && state.busy.steps.length > 0 && <ProgressView steps={state.busy.steps} current={state.busy.current} />}

          <div role="tabpanel" aria-label={tabLabel(tab)} className={shared.section}>
            {tab === "validasi" && (
              <>
                <Button
                  appearance="primary"
                  size="large"
                  className={styles.main}
                  icon={<CheckmarkStarburst20Regular />}
                  disabled={disabled}
                  onClick={pane.validasiRingkas}
                >
                  Validasi &amp; Ringkas
                </Button>
                <Text as="p" block size={200} className={mergeClasses(styles.settingsLine, shared.muted)}>
                  {settingsSummary(paneSettings)}.{" "}
                  <button type="button" className={styles.inlineAction} onClick={() => setTab("pengaturan")}>
                    Ubah pengaturan
                  </button>
                </Text>
                {state.validasi ? (
                  <ResultsView
                    ref={resultsHeading}
                    outcome={state.validasi}
                    onSelect={pane.pilihSel}
                    disabled={!apiSupported || state.busy !== null}
                  />
                ) : (
                  state.busy === null && <EmptyState />
                )}
              </>
            )}
            {tab === "lembar" && (
              <LembarPanel disabled={disabled} last={state.sheets} onConvert={pane.buatLembar} onTemplate={pane.sisipkanTemplat} />
            )}
            {tab === "rekap" && <RekapPanel disabled={disabled} last={state.rekap} onFiles={pane.gabungkan} />}
            {tab === "pengaturan" && (
              <ChunkBoundary>
                <Suspense fallback={<Text>Memuat pengaturan…</Text>}>
                  <SettingsPanel saved={paneSettings} canStore={settingsBag !== null} onSave={storeSettings} />
                </Suspense>
              </ChunkBoundary>
            )}
          </div>
          {dialog}
        </main>
      </div>
    </FluentProvider>
  );
}

function tabLabel(tab: TabId): string {
  return { validasi: "Validasi", lembar: "Lembar", rekap: "Rekap", pengaturan: "Pengaturan" }[tab];
}

function EmptyState() {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section className={styles.empty} aria-labelledby="sakip-mulai">
      <Text id="sakip-mulai" as="h2" size={300} weight="semibold" className={shared.paragraph}>
        Belum ada hasil
      </Text>
      <ol className={styles.steps}>
        <li>Buka buku kerja kinerja Anda: PK, realisasi per triwulan, anggaran.</li>
        <li>
          Tekan <strong>Validasi &amp; Ringkas</strong>.
        </li>
        <li>Temuan tampil di sini; klik temuan untuk membuka selnya.</li>
      </ol>
      <Text size={200} className={shared.muted}>
        Hasil ditulis ke lembar SAKIP Validasi, SAKIP Ringkasan, dan SAKIP Narasi. Lembar Anda sendiri tidak diubah. Belum punya tabel? Buka
        tab Lembar untuk menyisipkan templat.
      </Text>
    </section>
  );
}
