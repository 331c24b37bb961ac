// Two projects: fast unit/integration tests, and browser tests that drive Chromium
// against the production build (run after `npm run build`).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
