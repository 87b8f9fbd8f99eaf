// `pyts run`: not written yet.
import type { CommandModule } from 'yargs';

export const runCommand: CommandModule = {
  command: 'run <file>',
  describe: 'run a Python file',
  handler: () => {
    process.stderr.write('pyts: run is not implemented yet\n');
    process.exit(2);
  },
};
