// The stand-in for office.js in the browser tests: the strict fake Excel holding a fixture
// workbook (its grids injected as JSON at build time), installed as the page's Office/Excel
// globals. The test serves this bundle in place of Microsoft's CDN script.
import type { Grid } from "../../src/workbook/grid";
import { installFakeOffice } from "../fake-excel";
import { ERROR_CODE, StandInError } from "../support/custom-functions";

declare const FIXTURE_GRIDS: Grid[];

interface TestWindow {
  /** Set by the test (page.addInitScript) to open the pane in Office's dark theme. */
  __SAKIP_THEME__?: "dark" | "light";
}

const globals = window as unknown as Record<string, unknown> & TestWindow;
const fake = installFakeOffice(globals, FIXTURE_GRIDS);
const dark = globals.__SAKIP_THEME__ === "dark";
// Office.context.officeTheme as Excel reports it for the Black and the Colorful themes.
(globals.Office as { context: Record<string, unknown> }).context.officeTheme = dark
  ? {
      isDarkTheme: true,
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#ffffff",
      controlBackgroundColor: "#3b3b3b",
      controlForegroundColor: "#ffffff",
    }
  : {
      isDarkTheme: false,
      bodyBackgroundColor: "#ffffff",
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#ffffff",
      controlForegroundColor: "#000000",
    };
// The test reads the workbook's state (sheets written, the selected cell) through this.
globals.__sakipFake = fake;

// The shared runtime's CustomFunctions global, which Excel provides to the page that also
// runs functions.js: registrations are recorded so the test can see the functions arrived.
const associated: string[] = [];
globals.CustomFunctions = {
  associate: (id: string, fn: unknown) => void (typeof fn === "function" && associated.push(id)),
  Error: StandInError,
  ErrorCode: ERROR_CODE,
};
globals.__sakipFunctions = associated;
