// The `pyts` command: one yargs program, one file per subcommand under cli/commands/.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { compileCommand } from './commands/compile.js';
import { parseCommand } from './commands/parse.js';
import { runCommand } from './commands/run.js';

await yargs(hideBin(process.argv))
  .scriptName('pyts')
  .command(compileCommand)
  .command(runCommand)
  .command(parseCommand)
  .demandCommand(1, 'Give a command: compile, run or parse.')
  .strict()
  .fail((msg, err, y) => {
    if (err) throw err;
    process.stderr.write(`${y.help()}\n\npyts: ${msg}\n`);
    process.exit(2);
  })
  .help()
  .version()
  .parseAsync();
