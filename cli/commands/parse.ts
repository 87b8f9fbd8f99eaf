// `pyts parse`: not written yet.
import type { CommandModule } from 'yargs';

export const parseCommand: CommandModule = {
  command: 'parse <file>',
  describe: 'parse a Python file',
  handler: () => {
    process.stderr.write('pyts: parse is not implemented yet\n');
    process.exit(2);
  },
};
