// A command's failure with the exit code it asks for; in a module of its own so that the `deltafeed` entry
// point can catch it without loading the config and Redis modules (see src/cli.ts).
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
