/**
 * The machine that executed the notebooks, as the book speaks of it: its description for the note
 * on each page, and its folders, which no output may show (a reader's machine has other folders:
 * a path of the build machine tells them nothing, and tells everyone about that machine).
 *
 * @module
 */
import { ROOT } from "./_jupyter.ts";

/** The parts of an executed notebook whose outputs are searched for paths. */
export interface NotebookWithOutputs {
  cells: {
    cell_type: string;
    outputs?: {
      text?: string | string[];
      data?: Record<string, unknown>;
      traceback?: string[];
    }[];
  }[];
}

/**
 * The folders of this machine that an output must not show: the course's folder, the home
 * folder and the temporary folders.
 */
export function machinePlaces(): string[] {
  const places = [ROOT, Deno.env.get("HOME"), Deno.env.get("TMPDIR"), "/tmp"]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/\/+$/, ""))
    .filter((p) => p.length > 1);
  return [...new Set(places)];
}

/**
 * The absolute paths under any of `places` that `text` contains (place by place, each in order of
 * appearance). A place counts only as a whole path: not inside a word, a longer path or base64.
 */
export function machinePaths(text: string, places: string[] = machinePlaces()): string[] {
  const found: string[] = [];
  for (const place of places) {
    const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(
      `(?<![\\w.~+/-])${escaped}(?=$|[/\\s"'<>)\\],;:]|\\.(?!\\w))[^\\s"'<>)\\]]*`,
      "g",
    );
    for (const match of text.matchAll(pattern)) {
      found.push(match[0].replace(/[.,;:]+$/, ""));
    }
  }
  return [...new Set(found)];
}

/** The texts of a cell's outputs: stream text, error tracebacks, and every textual MIME type. */
function outputTexts(cell: NotebookWithOutputs["cells"][number]): string[] {
  const join = (t: unknown) => Array.isArray(t) ? t.join("") : typeof t === "string" ? t : "";
  return (cell.outputs ?? []).flatMap((output) => [
    join(output.text),
    join(output.traceback),
    ...Object.entries(output.data ?? {})
      .filter(([mime]) => !mime.startsWith("image/png") && !mime.startsWith("image/jpeg"))
      .map(([, value]) =>
        typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : join(value)
      ),
  ]).filter((t) => t);
}

/** "NAME.ipynb, cell N: PATH" for each output of the notebook that shows a path of this machine. */
export function machinePathsInOutputs(
  name: string,
  notebook: NotebookWithOutputs,
  places: string[] = machinePlaces(),
): string[] {
  return notebook.cells.flatMap((cell, index) =>
    [...new Set(outputTexts(cell).flatMap((text) => machinePaths(text, places)))]
      .map((path) => `${name}, cell ${index + 1}: ${path}`)
  );
}

/** The machine the outputs were recorded on, as far as it tells (parts it does not tell are absent). */
export interface Machine {
  /** The operating system, for example "Debian GNU/Linux 12 (bookworm)". */
  os: string;
  /** The processor's model name. */
  cpu?: string;
  /** The number of logical cores. */
  cores: number;
  /** The memory, in GiB, rounded. */
  memoryGiB?: number;
  /** Deno's version. */
  deno: string;
}

/**
 * The machine the outputs were recorded on, for the note at the top of each page: operating
 * system, processor, cores, memory and Deno's version, as far as this machine tells. Each
 * edition of the book puts it in words (`BookWords.machine`).
 */
export function describeMachine(): Machine {
  const read = (path: string) => {
    try {
      return Deno.readTextFileSync(path);
    } catch {
      return "";
    }
  };
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(read("/etc/os-release"))?.[1] ??
    `${Deno.build.os} ${Deno.osRelease()}`;
  const cpu = /^(?:model name|Model|Hardware)\s*:\s*(.+)$/m.exec(read("/proc/cpuinfo"))?.[1]
    .replace(/\((R|TM)\)/gi, "").replace(/\s+/g, " ").trim();
  let memoryGiB: number | undefined;
  try {
    memoryGiB = Math.round(Deno.systemMemoryInfo().total / 2 ** 30);
  } catch {
    // Not allowed to ask: leave it out.
  }
  return { os, cpu, cores: navigator.hardwareConcurrency, memoryGiB, deno: Deno.version.deno };
}
