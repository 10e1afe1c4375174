/**
 * `npm run build:gas [-- --drafts]`: writes apps-script/dist/ (Code.js, appsscript.json, *.html),
 * the folder `clasp push` uploads. Prints the bundle size and its largest inputs.
 */
import { buildGas } from './build/bundle';

async function main(): Promise<void> {
  const drafts = process.argv.includes('--drafts');
  const result = await buildGas({ drafts });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${result.codePath}: ${kb(result.bytes)} (${result.functions.length} entry points${drafts ? ', drafts build' : ''})`);
  console.log(`copied: ${result.copied.join(', ') || '(nothing)'}`);
  console.log('largest inputs:');
  for (const input of result.largestInputs.slice(0, 8)) console.log(`  ${kb(input.bytes).padStart(9)}  ${input.path}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
