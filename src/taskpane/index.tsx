// Task pane entry: waits for Office, reads the document's settings and theme, and renders the
// pane with a controller that runs through Excel.run. The recap's file reader (ExcelJS) is a
// separate chunk, fetched from the add-in's own origin only when the user picks files.
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { App } from "./app";
import { createController } from "./run";
import { REQUIRED_API } from "./errors";
import { loadSettings } from "./settings-store";
import { isDarkOffice } from "./theme";
import { nextPaint } from "./paint";
import { loadOnce } from "./lazy";

function Outside({ text }: { text: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Text as="p" block>
          {text}
        </Text>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("app");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<Outside text="Office.js tidak termuat. Buka panel ini dari Excel yang terhubung ke internet." />);
  } else {
    void Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        root.render(<Outside text="Add-in SAKIP bekerja di Microsoft Excel. Buka panel ini dari Excel." />);
        return;
      }
      const loadEngine = loadOnce(() => import(/* webpackChunkName: "engine" */ "./engine.js"));
      const controller = createController({
        excelRun: (batch) => Excel.run(batch),
        loadEngine,
        loadRekapTools: loadOnce(() => import(/* webpackChunkName: "rekap" */ "./rekap-files.js")),
        afterStep: nextPaint,
      });
      const bag = Office.context.document?.settings ?? null;
      root.render(
        <App
          controller={controller}
          settingsBag={bag}
          initialSettings={loadSettings(bag)}
          dark={isDarkOffice(Office.context.officeTheme)}
          apiSupported={Office.context.requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version)}
        />,
      );
      // Fetch the engine once the pane is on screen, so the first click does not wait for it;
      // a failure here is retried (and reported) when the user starts a run.
      setTimeout(() => void loadEngine().catch(() => undefined), 300);
    });
  }
}
