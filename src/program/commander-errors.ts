import type { Argument, Command } from 'commander';
import type { Say } from '../text/say.js';
import { closest } from '../text/suggest.js';

/** A mistake on the command line, with what commander knew of it, by commander's error code. */
export type UsageProblem =
  | { readonly code: 'commander.unknownCommand'; readonly name: string; readonly candidates: readonly string[] }
  | { readonly code: 'commander.unknownOption'; readonly flag: string; readonly candidates: readonly string[] }
  | { readonly code: 'commander.missingArgument'; readonly name: string }
  | { readonly code: 'commander.optionMissingArgument'; readonly flags: string }
  | { readonly code: 'commander.excessArguments'; readonly command: string; readonly expected: number; readonly received: number };

/**
 * The sentence for a problem, from the catalogue (English as commander 14 words it). The guess
 * is ours (`closest`, as for format names and ids): an option is compared without its dashes,
 * and only a long one (`--…`) is guessed at, as commander does.
 */
export function sayUsageProblem(say: Say, problem: UsageProblem): string {
  switch (problem.code) {
    case 'commander.unknownCommand': {
      const suggestion = closest(problem.name, problem.candidates);
      return suggestion ? say('help.unknownCommandDidYouMean', { name: problem.name, suggestion }) : say('help.unknownCommand', { name: problem.name });
    }
    case 'commander.unknownOption': {
      const guess = problem.flag.startsWith('--') ? closest(problem.flag.slice(2), problem.candidates.map((flag) => flag.slice(2))) : undefined;
      return guess ? say('help.unknownOptionDidYouMean', { name: problem.flag, suggestion: `--${guess}` }) : say('help.unknownOption', { name: problem.flag });
    }
    case 'commander.missingArgument':
      return say('help.missingArgument', { name: problem.name });
    case 'commander.optionMissingArgument':
      return say('help.optionMissingArgument', { flags: problem.flags });
    case 'commander.excessArguments':
      return say('help.tooManyArguments', { command: problem.command, count: problem.expected, received: String(problem.received) });
  }
}

/**
 * Commander's `Command`, reporting its usage errors in our words. Commander builds each error's
 * English sentence inside the method that finds it, so these methods are overridden (commander 14,
 * lib/command.js: `unknownCommand`, `unknownOption`, `missingArgument`, `optionMissingArgument`,
 * `_excessArguments`; all called as `this.…`, and `createCommand` is commander's documented hook
 * for subcommands to be of the same class). Each gathers the facts and calls `this.error` with our
 * sentence and commander's code, exit code 2. Not overridden, as no option of ours can cause them:
 * `missingMandatoryOptionValue`, `_conflictingOption`, `commander.invalidArgument`.
 */
export function commandWithOurErrors(Base: typeof Command, say: Say): typeof Command {
  class AccordsCommand extends Base {
    override createCommand(name?: string): Command {
      return new AccordsCommand(name);
    }

    private fail(problem: UsageProblem): never {
      this.error(sayUsageProblem(say, problem), { code: problem.code, exitCode: 2 });
    }

    unknownCommand(): void {
      const help = this.createHelp();
      const candidates = help.visibleCommands(this).flatMap((command) => [command.name(), ...command.aliases()]);
      this.fail({ code: 'commander.unknownCommand', name: this.args[0] ?? '', candidates });
    }

    unknownOption(flag: string): void {
      // This command's options and, as no command has positional options, its parents'.
      const candidates: string[] = [];
      for (let command: Command | null = this; command; command = command.parent) {
        for (const option of command.createHelp().visibleOptions(command)) if (option.long) candidates.push(option.long);
      }
      this.fail({ code: 'commander.unknownOption', flag, candidates });
    }

    missingArgument(name: string): void {
      this.fail({ code: 'commander.missingArgument', name });
    }

    optionMissingArgument(option: { readonly flags: string }): void {
      this.fail({ code: 'commander.optionMissingArgument', flags: option.flags });
    }

    _excessArguments(received: readonly string[]): void {
      const expected: readonly Argument[] = this.registeredArguments;
      this.fail({ code: 'commander.excessArguments', command: this.name(), expected: expected.length, received: received.length });
    }
  }
  return AccordsCommand;
}
