#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { runDemo } from './demo.js';

function integer(min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

const program = new Command('logkeeper').description('Coordination service and partitioned log, embeddable, over pluggable transports');

program
  .command('demo', { isDefault: true })
  .description('run a small in-process cluster on the memory adapter and print what the nodes exchange')
  .option('--nodes <n>', 'how many nodes', integer(2), 3)
  .option('--seconds <s>', 'about how long to run', integer(1), 3)
  .option('--seed <seed>', 'seed for latency jitter', integer(0), 1)
  .action(async (options: { nodes: number; seconds: number; seed: number }) => {
    await runDemo(options);
  });

await program.parseAsync();
