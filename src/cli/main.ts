// Entry of the `sakip` command (DESIGN §5): parse, dispatch, and turn every failure into one
// Indonesian line on stderr with exit code 2 — never a stack trace.
import { parseArgs, UsageError, USAGE } from "./args";
import { check, convert, summarize, template, consolidate, type Output } from "./commands";
import { UnusableInputError } from "./io";

const VERSION = "0.1.0";

const processOutput: Output = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.out(USAGE);
        return 0;
      case "version":
        io.out(`sakip ${VERSION}\n`);
        return 0;
      case "check":
        return await check(args, io);
      case "convert":
        return await convert(args, io);
      case "summarize":
        return await summarize(args, io);
      case "template":
        return await template(args, io);
      case "consolidate":
        return await consolidate(args, io);
    }
  } catch (e) {
    io.err(`sakip: ${describe(e)}\n`);
    return 2;
  }
}

function describe(e: unknown): string {
  if (e instanceof UsageError || e instanceof UnusableInputError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return `terjadi kesalahan yang tidak terduga: ${message.split("\n")[0]}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
