#!/usr/bin/env node
// The `sakip` command (DESIGN §5): runs the bundled CLI, dist/cli/sakip.js. The bundle only
// runs main by itself when Node starts it directly (see webpack.config.js), so requiring it
// here and calling main runs the command exactly once.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "..", "dist", "cli", "sakip.js");

if (!fs.existsSync(bundle)) {
  process.stderr.write("sakip: program belum dibangun; jalankan `npm run build:cli` terlebih dahulu.\n");
  process.exit(2);
}

require(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      // exitCode, not exit(): lets a large --json output drain to a pipe first.
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`sakip: terjadi kesalahan yang tidak terduga: ${String(error && error.message).split("\n")[0]}\n`);
      process.exitCode = 2;
    },
  );
