#!/usr/bin/env node
// Compiles the daoterm demo contracts with the pinned npm solc and writes
// ../artifacts/<Name>.json (abi, bytecode, deployedBytecode) with sorted keys and
// stable formatting, so that a rebuild is byte for byte identical.
//
// Usage: node compile.js [--abigen-dir DIR]
//   --abigen-dir DIR  also write DIR/<Name>.abi and DIR/<Name>.bin for abigen.
//
// Two compile jobs, each one standard-JSON input:
//   v5  the demo DAO (*.sol here) against @openzeppelin/contracts (5.x);
//   v4  v4/*.sol against OpenZeppelin 4.9, installed as the npm alias
//       @openzeppelin/contracts-v4: the job remaps "@openzeppelin/contracts/" to it, so the
//       v4 sources import OpenZeppelin as any v4 project does. A job that pulls a source from
//       the other version's package fails the build.
// Separate jobs keep the v5 input (and so the v5 bytecode, metadata hash included) exactly
// as it was before the v4 contracts existed.
//
// Prebuilt: UniGovernorAlpha, UniTimelock and Uni are copied from the build JSON of
// @uniswap/governance@1.0.2 as they are (that package ships no sources), not compiled.
//
// Settings: evmVersion cancun (solc 0.8.37 defaults to osaka), optimizer on with
// 200 runs, no viaIR. Warnings are printed; only severity "error" fails the build.
// The build also fails when a deployed contract exceeds the EIP-170 limit.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The compile jobs and the contracts they ship, one per source file <dir>/<Name>.sol.
// sources: the source unit names a job may compile (prefixes); anything else fails the build.
const JOBS = [
  {
    name: 'v5',
    dir: '',
    contracts: ['DaoToken', 'DaoTimelock', 'DaoGovernor', 'StableToken', 'Multicall3'],
    remappings: [],
    sources: [/^[^/]+\.sol$/, /^@openzeppelin\/contracts\//],
  },
  {
    name: 'v4',
    dir: 'v4',
    contracts: ['DaoTokenV4', 'DaoTimelockV4', 'DaoGovernorV4'],
    remappings: ['@openzeppelin/contracts/=@openzeppelin/contracts-v4/'],
    sources: [/^v4\/[^/]+\.sol$/, /^@openzeppelin\/contracts-v4\//],
  },
  // The governor-family fixtures (chain/devnet/family_oz*.go), in jobs of their own so that
  // the demo contracts' inputs, and so their bytecode, stay exactly as they were.
  {
    name: 'v5-family',
    dir: '',
    contracts: ['TimeToken', 'FractionalGovernor', 'NftToken'],
    remappings: [],
    sources: [/^[^/]+\.sol$/, /^@openzeppelin\/contracts\//],
  },
  // The oz5-boost fixture's token (custom voting units), in a job of its own so that the
  // v5-family job's input, and so its bytecode, stays exactly as it was.
  {
    name: 'v5-boost',
    dir: '',
    contracts: ['BoostToken'],
    remappings: [],
    sources: [/^[^/]+\.sol$/, /^@openzeppelin\/contracts\//],
  },
  {
    name: 'v4-family',
    dir: 'v4',
    contracts: ['CompatGovernorV4'],
    remappings: ['@openzeppelin/contracts/=@openzeppelin/contracts-v4/'],
    sources: [/^v4\/[^/]+\.sol$/, /^@openzeppelin\/contracts-v4\//],
  },
  // The scale scenario's seeding helper (chain/devnet/scenario_scale.go); self-contained.
  {
    name: 'scale',
    dir: '',
    contracts: ['ScaleSeeder'],
    remappings: [],
    sources: [/^[^/]+\.sol$/],
  },
  // GovernorBravo (chain/devnet/family_compound*.go), written here from Compound's published
  // interface (no npm package has its sources); self-contained, no imports.
  {
    name: 'bravo',
    dir: 'bravo',
    contracts: ['GovernorBravoDelegate', 'GovernorBravoDelegator'],
    remappings: [],
    sources: [/^bravo\/[^/]+\.sol$/],
  },
];
const EIP170_LIMIT = 24576;

// Contracts shipped only as build JSON (no sources on npm), written out as they are:
// abi, evm.bytecode.object and evm.deployedBytecode.object, in the same artifact format.
// @uniswap/governance@1.0.2 was built with solc 0.5.16 (runs 999999, istanbul).
const PREBUILT = [
  { name: 'UniGovernorAlpha', file: '@uniswap/governance/build/GovernorAlpha.json' },
  { name: 'UniTimelock', file: '@uniswap/governance/build/Timelock.json' },
  { name: 'Uni', file: '@uniswap/governance/build/Uni.json' },
];

const here = __dirname;
const artifactsDir = path.join(here, '..', 'artifacts');

function parseArgs(argv) {
  const out = { abigenDir: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--abigen-dir' && i + 1 < argv.length) {
      out.abigenDir = argv[++i];
    } else {
      throw new Error(`unknown argument ${argv[i]}; usage: node compile.js [--abigen-dir DIR]`);
    }
  }
  return out;
}

// Resolves imports such as "@openzeppelin/contracts/..." from node_modules only.
function findImports(importPath) {
  const p = path.join(here, 'node_modules', importPath);
  if (!p.startsWith(path.join(here, 'node_modules') + path.sep)) {
    return { error: `import outside node_modules: ${importPath}` };
  }
  try {
    return { contents: fs.readFileSync(p, 'utf8') };
  } catch (e) {
    return { error: `cannot read ${importPath} from node_modules (run npm ci): ${e.message}` };
  }
}

// Returns a copy of v with every object's keys sorted, recursively.
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

// Returns the source unit name of a job's contract.
function sourceName(job, name) {
  return job.dir ? `${job.dir}/${name}.sol` : `${name}.sol`;
}

// Compiles one job; exits on compiler errors. Returns solc's output and the warnings.
function compileJob(job) {
  const sources = {};
  for (const name of job.contracts) {
    const file = sourceName(job, name);
    sources[file] = { content: fs.readFileSync(path.join(here, file), 'utf8') };
  }
  const settings = {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    viaIR: false,
    outputSelection: {
      '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
    },
  };
  // Only set when needed: the v5 input stays byte for byte what it always was.
  if (job.remappings.length > 0) settings.remappings = job.remappings;
  const input = { language: 'Solidity', sources, settings };

  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const err of output.errors || []) {
    if (err.severity === 'error') {
      failed = true;
      process.stderr.write(err.formattedMessage || err.message);
    }
  }
  if (failed) {
    process.stderr.write(`compile.js: solc reported errors in the ${job.name} job; nothing written\n`);
    process.exit(1);
  }
  // Every source the job compiled must come from its own OpenZeppelin version.
  for (const unit of Object.keys(output.sources || {}).sort()) {
    if (!job.sources.some((re) => re.test(unit))) {
      process.stderr.write(`compile.js: the ${job.name} job compiled ${unit}, which is not one of its sources (wrong OpenZeppelin version or import remapping?); nothing written\n`);
      process.exit(1);
    }
  }
  const warnings = (output.errors || []).filter((e) => e.severity !== 'error');
  for (const w of warnings) {
    const where = w.sourceLocation ? `${w.sourceLocation.file}: ` : '';
    process.stdout.write(`${w.severity}: ${where}${w.message.split('\n')[0]}\n`);
  }
  return { output, warnings };
}

// Reads one PREBUILT contract's build JSON; exits when it lacks code or needs linking.
function loadPrebuilt(p) {
  const j = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p.file), 'utf8'));
  const evm = j.evm || {};
  const bc = evm.bytecode || {};
  const dbc = evm.deployedBytecode || {};
  for (const [what, o] of [['bytecode', bc], ['deployedBytecode', dbc]]) {
    if (typeof o.object !== 'string' || o.object.length === 0 || !/^[0-9a-f]+$/i.test(o.object)) {
      process.stderr.write(`compile.js: ${p.file} has no evm.${what}.object (run npm ci); nothing written\n`);
      process.exit(1);
    }
    if (o.linkReferences && Object.keys(o.linkReferences).length > 0) {
      process.stderr.write(`compile.js: ${p.file} needs library linking; nothing written\n`);
      process.exit(1);
    }
  }
  if (!Array.isArray(j.abi)) {
    process.stderr.write(`compile.js: ${p.file} has no abi; nothing written\n`);
    process.exit(1);
  }
  return { abi: j.abi, evm: { bytecode: { object: bc.object }, deployedBytecode: { object: dbc.object } } };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  // Compile every job before writing anything, so a failure leaves the artifacts as they were.
  const results = JOBS.map((job) => ({ job, ...compileJob(job) }));
  const prebuilt = PREBUILT.map((p) => ({ name: p.name, c: loadPrebuilt(p) }));

  fs.mkdirSync(artifactsDir, { recursive: true });
  if (args.abigenDir) fs.mkdirSync(args.abigenDir, { recursive: true });

  const built = [];
  for (const { job, output } of results) {
    for (const name of job.contracts) {
      const file = sourceName(job, name);
      const c = output.contracts[file] && output.contracts[file][name];
      if (!c) throw new Error(`solc produced no contract ${name} in ${file}`);
      const size = c.evm.deployedBytecode.object.length / 2;
      if (size > EIP170_LIMIT) {
        process.stderr.write(`compile.js: ${name} is ${size} bytes deployed, over the ${EIP170_LIMIT}-byte limit\n`);
        process.exit(1);
      }
      built.push({ name, c, size });
    }
  }
  for (const { name, c } of prebuilt) {
    const size = c.evm.deployedBytecode.object.length / 2;
    if (size > EIP170_LIMIT) {
      process.stderr.write(`compile.js: ${name} is ${size} bytes deployed, over the ${EIP170_LIMIT}-byte limit\n`);
      process.exit(1);
    }
    built.push({ name, c, size });
  }
  for (const { name, c, size } of built) {
    const bytecode = c.evm.bytecode.object;
    const deployed = c.evm.deployedBytecode.object;
    const artifact = sortKeys({
      contractName: name,
      abi: c.abi,
      bytecode: '0x' + bytecode,
      deployedBytecode: '0x' + deployed,
    });
    fs.writeFileSync(path.join(artifactsDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    if (args.abigenDir) {
      fs.writeFileSync(path.join(args.abigenDir, `${name}.abi`), JSON.stringify(c.abi));
      fs.writeFileSync(path.join(args.abigenDir, `${name}.bin`), bytecode);
    }
    process.stdout.write(`${name}: ${size} bytes deployed (limit ${EIP170_LIMIT})\n`);
  }
  const nWarnings = results.reduce((n, r) => n + r.warnings.length, 0);
  process.stdout.write(`solc ${solc.version()}: ${built.length - prebuilt.length} contracts in ${JOBS.length} jobs, ${nWarnings} warnings; ${prebuilt.length} prebuilt\n`);
}

main();
