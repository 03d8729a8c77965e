/**
 * Composes the supergraph with @apollo/composition from every subgraph's SDL and writes
 * schema/subgraphs/<name>.graphql, schema/supergraph.graphql and schema/api-schema.graphql.
 * `--check` writes nothing and fails when a checked-in file is stale or composition has errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS, defaultUrl } from './subgraph-list';
import { withDescribedDefer } from './contract/defer-directive';
import { cutRegionContract, printRegionContract } from './conformance/region-contract';
import { compareWithContract } from './conformance/compare';

export const SCHEMA_DIR = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '../../schema') : __dirname);

export type CompositionResult = { errors: string[]; files?: never } | { errors?: never; files: Record<string, string> };

export function printSubgraph(name: string): string {
  const script = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? __dirname : path.join(__dirname, '../dist/schema'), 'print-subgraph.js');
  return execFileSync(process.execPath, [script, name], { encoding: 'utf8', env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1' } });
}

export function composeSupergraph(): CompositionResult {
  const sdls = SUBGRAPHS.map((s) => ({ name: s.name, url: defaultUrl(s), sdl: printSubgraph(s.name) }));
  const result = composeServices(sdls.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors?.length) return { errors: result.errors.map((e) => e.message) };
  if (!result.supergraphSdl || !result.schema) return { errors: ['composition returned no supergraph'] };
  const regions = sdls.filter((s) => SUBGRAPHS.find((e) => e.name === s.name)?.kind === 'region');
  const first = regions[0];
  if (!first) return { errors: ['the subgraph list names no region'] };
  const cut = cutRegionContract(first.sdl);
  if (cut.errors) return { errors: cut.errors.map((e) => `region contract from ${first.name}: ${e}`) };
  // Every region must serve the contract cut from the first: it is one contract, not three.
  const departures = regions.flatMap((r) => compareWithContract(cut.contract, r.sdl).map((f) => `${r.name} departs from the region contract: ${f.element} ${f.problem}`));
  if (departures.length) return { errors: departures };
  const files: Record<string, string> = { 'supergraph.graphql': result.supergraphSdl, 'region-contract.graphql': printRegionContract(cut.contract) };
  // With @defer: the gateway executes deferred fragments (gateway/src/executor/), so clients may send them.
  files['api-schema.graphql'] = `${printSchema(withDescribedDefer(result.schema.toAPISchema().toGraphQLJSSchema({ includeDefer: true })))}\n`;
  for (const s of sdls) files[`subgraphs/${s.name}.graphql`] = s.sdl.endsWith('\n') ? s.sdl : `${s.sdl}\n`;
  return { files };
}

function main() {
  const check = process.argv.includes('--check');
  const result = composeSupergraph();
  if (result.errors) {
    process.stderr.write(`composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const stale: string[] = [];
  for (const [file, content] of Object.entries(result.files)) {
    const target = path.join(SCHEMA_DIR, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === content) continue;
    stale.push(file);
    if (!check) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
  }
  if (check && stale.length) {
    process.stderr.write(`stale: ${stale.join(', ')} — run \`npm run compose\`\n`);
    process.exit(1);
  }
  process.stdout.write(check ? 'supergraph is up to date\n' : stale.length ? `wrote ${stale.join(', ')}\n` : 'supergraph unchanged\n');
}

if (require.main === module) main();
