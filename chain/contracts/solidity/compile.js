#!/usr/bin/env node
// Compiles the daoterm demo contracts with the pinned npm solc and writes
// ../artifacts/<Name>.json (abi, bytecode, deployedBytecode) with sorted keys and
// stable formatting, so that a rebuild is byte for byte identical.
//
// Usage: node compile.js [--abigen-dir DIR]
//   --abigen-dir DIR  also write DIR/<Name>.abi and DIR/<Name>.bin for abigen.
//
// Settings: evmVersion cancun (solc 0.8.37 defaults to osaka), optimizer on with
// 200 runs, no viaIR. Warnings are printed; only severity "error" fails the build.
// The build also fails when a deployed contract exceeds the EIP-170 limit.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The contracts we ship, one per source file of the same name.
const CONTRACTS = ['DaoToken', 'DaoTimelock', 'DaoGovernor', 'StableToken', 'Multicall3'];
const EIP170_LIMIT = 24576;

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

function main() {
  const args = parseArgs(process.argv.slice(2));
  const sources = {};
  for (const name of CONTRACTS) {
    const file = `${name}.sol`;
    sources[file] = { content: fs.readFileSync(path.join(here, file), 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: 'cancun',
      optimizer: { enabled: true, runs: 200 },
      viaIR: false,
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
      },
    },
  };

  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const err of output.errors || []) {
    if (err.severity === 'error') {
      failed = true;
      process.stderr.write(err.formattedMessage || err.message);
    }
  }
  if (failed) {
    process.stderr.write('compile.js: solc reported errors; nothing written\n');
    process.exit(1);
  }
  const warnings = (output.errors || []).filter((e) => e.severity !== 'error');
  for (const w of warnings) {
    const where = w.sourceLocation ? `${w.sourceLocation.file}: ` : '';
    process.stdout.write(`${w.severity}: ${where}${w.message.split('\n')[0]}\n`);
  }

  fs.mkdirSync(artifactsDir, { recursive: true });
  if (args.abigenDir) fs.mkdirSync(args.abigenDir, { recursive: true });

  for (const name of CONTRACTS) {
    const c = output.contracts[`${name}.sol`] && output.contracts[`${name}.sol`][name];
    if (!c) throw new Error(`solc produced no contract ${name} in ${name}.sol`);
    const bytecode = c.evm.bytecode.object;
    const deployed = c.evm.deployedBytecode.object;
    const size = deployed.length / 2;
    if (size > EIP170_LIMIT) {
      process.stderr.write(`compile.js: ${name} is ${size} bytes deployed, over the ${EIP170_LIMIT}-byte limit\n`);
      process.exit(1);
    }
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
  process.stdout.write(`solc ${solc.version()}: ${CONTRACTS.length} contracts, ${warnings.length} warnings\n`);
}

main();
