// Prints the mutation score per folder from Stryker's JSON report (`npm run mutation` writes it).
// Score = detected (killed + timeout) / all valid mutants, as Stryker counts it; ignored mutants and
// mutants that do not compile are left out.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = dirname(file);
  const counts = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') counts.killed += 1;
    else if (status === 'Survived') counts.survived += 1;
    else if (status === 'NoCoverage') counts.noCoverage += 1;
    else if (status === 'Timeout') counts.timeout += 1;
  }
  folders.set(folder, counts);
}

const table = [...folders.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([folder, counts]) => {
    const detected = counts.killed + counts.timeout;
    const valid = detected + counts.survived + counts.noCoverage;
    return {
      folder,
      killed: counts.killed,
      survived: counts.survived,
      'no coverage': counts.noCoverage,
      timeout: counts.timeout,
      'score (%)': valid === 0 ? '–' : ((100 * detected) / valid).toFixed(1),
    };
  });
console.log('Mutation score per folder:');
console.table(table);
