// ESLint (flat config): typescript-eslint's recommended rules, the Office add-in rules of
// eslint-plugin-office-addins (Office.js load/sync mistakes), and React rules for .tsx.
// Not taken from the plugin's own "recommended" preset: it also brings Prettier as an error
// rule and its own older typescript-eslint parser; formatting is not a lint error here.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The plugin's own rules with the severities its recommended preset gives them. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

export default defineConfig(
  { ignores: ["dist/", "coverage/", "out/", "node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Only where Office.js runs: the rules match by method names (getCell, load, …), so they
    // misfire on ExcelJS code (src/xlsx, test fixtures) and on tests of the fake Excel.
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      // House rule (DESIGN §6): a run syncs a constant number of times, never inside a loop.
      "office-addins/no-context-sync-in-loop": "error",
    },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "18.3" } },
  },
  { files: ["**/*.tsx"], ...react.configs.flat["jsx-runtime"] },
  {
    files: ["src/taskpane/**", "src/excel/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Build scripts, bin/ and configs: CommonJS run by Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
);
