/**
 * `npm run bench:shaping`: @apollo/gateway's result shaping (`computeResponse`, run on every answer)
 * of a W1-shaped answer, with @apollo/federation-internals as it loads (its exports are getters) and
 * as the gateway loads it (plain properties, gateway/src/plain-exports.ts). Two copies of the
 * libraries are loaded side by side and timed in alternation, so that a machine whose speed drifts
 * (as this one's does) slows both alike. `--width N`: elements in each list of the answer (4).
 *
 * The answer is generated from the operation and the API schema: every list holds `width`
 * elements, every leaf a value of its type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type * as Internals from '@apollo/federation-internals';
import { withEnforcedSecurityFeatures } from '../gateway/src/plugins/use-auth';
import { makeExportsPlain } from '../gateway/src/plain-exports';
import { ROOT } from '../scripts/system';
import { quantile } from './load';
import { W1 } from './workloads';

type ComputeResponse = (typeof import('@apollo/gateway/dist/resultShaping'))['computeResponse'];
interface Copy {
  internals: typeof Internals;
  computeResponse: ComputeResponse;
  operation: () => Internals.Operation;
}

const ROUNDS = 40;
const WARM_ROUNDS = 10;
const CALLS_PER_ROUND = 200;

/** A fresh copy of @apollo/federation-internals and @apollo/gateway, plain or not. */
function loadCopy(plain: boolean, supergraphSdl: string): Copy {
  for (const id of Object.keys(require.cache)) if (id.includes(`${path.sep}@apollo${path.sep}`)) delete require.cache[id];
  if (plain) {
    const made = makeExportsPlain('@apollo/federation-internals', '@apollo/gateway');
    if (made.skipped) throw new Error(made.skipped);
  }
  const internals = require('@apollo/federation-internals') as typeof Internals;
  const { computeResponse } = require('@apollo/gateway/dist/resultShaping') as { computeResponse: ComputeResponse };
  const api = internals.Supergraph.build(supergraphSdl).apiSchema();
  const document = parse(W1);
  return { internals, computeResponse, operation: () => internals.operationFromDocument(api, document, { validate: false }) };
}

/** An answer to `selectionSet`: `width` elements in every list, a value of its type in every leaf. */
function answerTo(internals: typeof Internals, selectionSet: Internals.SelectionSet, width: number): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  for (const selection of selectionSet.selections()) {
    if (selection.kind !== 'FieldSelection') continue;
    let type: Internals.Type = selection.element.definition.type!;
    let list = false;
    while (internals.isNonNullType(type) || internals.isListType(type)) {
      if (internals.isListType(type)) list = true;
      type = type.ofType;
    }
    const leaf = type;
    const one = () =>
      selection.selectionSet
        ? answerTo(internals, selection.selectionSet, width)
        : internals.isEnumType(leaf)
          ? leaf.values[0]!.name
          : leaf.name === 'Int'
            ? 1
            : leaf.name === 'Float'
              ? 1.5
              : leaf.name === 'Boolean'
                ? true
                : 'x';
    answer[selection.element.responseName()] = list ? Array.from({ length: width }, one) : one();
  }
  return answer;
}

function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + objectsIn(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((sum: number, v) => sum + objectsIn(v), 0);
  return 0;
}

function main() {
  const widthAt = process.argv.indexOf('--width');
  const width = widthAt > 0 ? Number(process.argv[widthAt + 1]) : 4;
  if (!Number.isInteger(width) || width < 1) throw new Error('--width must be a whole number of at least 1');
  const sdl = withEnforcedSecurityFeatures(fs.readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
  const copies = { getters: loadCopy(false, sdl), plain: loadCopy(true, sdl) };
  const inputs = { getters: answerTo(copies.getters.internals, copies.getters.operation().selectionSet, width), plain: answerTo(copies.plain.internals, copies.plain.operation().selectionSet, width) };
  const times: Record<keyof typeof copies, number[]> = { getters: [], plain: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? (['plain', 'getters'] as const) : (['getters', 'plain'] as const)) {
      const { computeResponse, operation } = copies[name];
      const op = operation();
      const started = process.hrtime.bigint();
      for (let i = 0; i < CALLS_PER_ROUND; i++) {
        const { errors } = computeResponse({ operation: op, variables: { chain: 'c', area: 'a' }, input: inputs[name], introspectionHandling: () => null });
        if (errors.length) throw new Error(errors[0]!.message);
      }
      if (round >= WARM_ROUNDS) times[name].push(Number(process.hrtime.bigint() - started) / CALLS_PER_ROUND / 1000);
    }
  }
  const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
  const getters = median(times.getters);
  const plain = median(times.plain);
  console.log(`W1 answer of ${objectsIn(inputs.plain)} objects (lists of ${width}), Node ${process.version}, median of ${ROUNDS - WARM_ROUNDS} rounds of ${CALLS_PER_ROUND} calls each`);
  console.log(`computeResponse with getters: ${getters.toFixed(1)} µs`);
  console.log(`computeResponse, plain exports: ${plain.toFixed(1)} µs (×${(plain / getters).toFixed(2)})`);
}

main();
