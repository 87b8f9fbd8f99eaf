// `pyts compile`: not written yet.
import type { CommandModule } from 'yargs';

export const compileCommand: CommandModule = {
  command: 'compile <file>',
  describe: 'compile a Python file',
  handler: () => {
    process.stderr.write('pyts: compile is not implemented yet\n');
    process.exit(2);
  },
};
