/**
 * What the commands share: running another program and reading its output, and reporting a
 * problem the user can fix as one line, `Error: …`: exit code 2 when the command was called
 * wrongly (a {@linkcode UsageError}), 1 for anything else.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A problem the user can fix (a missing program, a notebook that failed …): no stack trace. */
export class CommandError extends Error {
  override name = "CommandError";
}

/** The command was called wrongly (an unknown flag, a bad value, no such notebook): exit code 2. */
export class UsageError extends CommandError {
  override name = "UsageError";
}

/**
 * `parseArgs` of `node:util` for a command: a flag it does not know, or a flag without its value,
 * is a {@linkcode UsageError} (or the `error` class given) that names it and points to `--help`,
 * not a stack trace.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCommandArgs, UsageError } from "./_command.ts";
 * const options = { zh: { type: "boolean" } } as const;
 * assert.equal(parseCommandArgs(["--zh"], { options }).values.zh, true);
 * assert.throws(
 *   () => parseCommandArgs(["--zhh"], { options }),
 *   (error) => error instanceof UsageError && /'--zhh'.*--help/.test(error.message),
 * );
 * ```
 */
export function parseCommandArgs<T extends Omit<ParseArgsConfig, "args">>(
  args: string[],
  config: T,
  error: new (message: string) => Error = UsageError,
): ReturnType<typeof parseArgs<T & { args: string[] }>> {
  try {
    return parseArgs({ ...config, args });
  } catch (cause) {
    throw new error(
      `${(cause as Error).message.replace(/\.$/, "")}. Run with --help for usage.`,
    );
  }
}

/** What a finished program printed, and its exit code. */
export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` with `args` (and extra environment variables) and waits for it; returns null when
 * the program does not exist.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runProcess } from "./_command.ts";
 * assert.equal((await runProcess(Deno.execPath(), ["--version"]))?.code, 0);
 * assert.equal(await runProcess("/no/such/program", []), null);
 * ```
 */
export async function runProcess(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ProcessResult | null> {
  try {
    const { code, stdout, stderr } = await new Deno.Command(command, {
      args,
      env,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return { code, stdout: decode(stdout), stderr: decode(stderr) };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}

/**
 * Runs a command's main function and exits with the code it returns. A {@linkcode CommandError}
 * is printed as `Error: <message>` and exits with code 1 (2 for a {@linkcode UsageError}); any
 * other error is a bug and keeps its stack trace.
 */
export async function runCommand(main: () => Promise<number>): Promise<never> {
  try {
    Deno.exit(await main());
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    console.error(`Error: ${error.message}`);
    Deno.exit(error instanceof UsageError ? 2 : 1);
  }
}
