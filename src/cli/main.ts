// Entry of the `sakip` command (DESIGN §5). Filled in by the lead; see src/app/pipeline.ts.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`sakip: perintah belum tersedia (${argv.join(" ")})\n`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
