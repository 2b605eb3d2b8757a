"""Executes Jupyter notebooks headlessly in the real Deno kernel and keeps every output.

Why not plain `jupyter nbconvert --execute`: the Deno kernel sometimes publishes `status: idle`
before a cell's last `execute_result` or `display_data`, and nbclient stops listening at idle, so
outputs go missing at random. This executor drives the kernel with jupyter_client itself, files
every IOPub message under the cell whose request it answers (by parent message id) for the whole
run, and before writing the notebook waits until the kernel has been quiet for a while.

It also watches the kernel's process while a cell runs, so a kernel that dies (`Deno.exit`, a
crash, running out of memory) is reported within seconds instead of when the cell times out.

Usage: python3 notebook_executor.py --out-dir DIR [--timeout SECONDS] [--start-timeout SECONDS]
NOTEBOOK...

Writes DIR/<name>.ipynb for each notebook (also when a cell fails, up to that cell), prints one
line per notebook on stderr saying how it went (a failure names the notebook, the cell and the
error, a dead kernel or a kernel that could not start), goes on with the next notebook after a
failure, and exits with 1 at the end when any notebook failed.
"""

import argparse
import os
import queue
import signal
import sys
import time

try:
    import nbformat
    from jupyter_client.kernelspec import NoSuchKernel
    from jupyter_client.manager import KernelManager
except ImportError as missing:
    sys.stderr.write(
        f"Jupyter's Python packages are missing ({missing}). Install them with "
        "`sudo apt-get install jupyter-nbconvert python3-nbclient jupyter-client` on Debian or "
        "Ubuntu, or `pip install nbclient nbconvert` elsewhere.\n"
    )
    sys.exit(3)

POLL_SECONDS = 0.02
# After a cell's idle and reply, how long to keep listening before moving on; late messages are
# still filed under their cell while later cells run.
CELL_QUIET_SECONDS = 0.05
# After the last cell, how long the kernel must stay silent before the notebook is complete.
FINAL_QUIET_SECONDS = 1.0
# While a cell runs, how often to check that the kernel's process is still alive.
KERNEL_CHECK_SECONDS = 0.5
# How long the kernel may take to start and answer its first request.
START_TIMEOUT_SECONDS = 30
REGISTER_AGAIN = "register the kernel again with `deno jupyter --install`"


class CellFailure(Exception):
    """A cell raised an error or ran out of time, or the kernel died while it ran."""


class KernelFailure(Exception):
    """The kernel is not registered, could not start, or did not answer in time."""


def exit_code(manager):
    """The kernel process's exit code (negative: the signal that ended it), or None."""
    process = getattr(manager.provisioner, "process", None)
    return process.poll() if process is not None else None


def describe_exit(code):
    """Says how a process ended, from its exit code."""
    if code is None:
        return "exit code unknown"
    if code >= 0:
        return f"exit code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    if -code == signal.SIGKILL:
        return f"killed by {name}, perhaps because the system ran out of memory"
    if -code in (signal.SIGTRAP, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS):
        return f"killed by {name}: a crash, such as running out of memory"
    return f"killed by {name}"


def start_kernel(cwd, env, timeout):
    """Starts the Deno kernel; returns its manager and a client that it has answered.

    Raises KernelFailure saying why when it is not registered, cannot be launched, dies while
    starting or does not answer within timeout seconds.
    """
    manager = KernelManager(kernel_name="deno")
    try:
        spec = manager.kernel_spec
    except NoSuchKernel:
        raise KernelFailure("the Deno kernel is not registered with Jupyter; "
                            "run `deno jupyter --install` and try again") from None
    launcher = f"its kernelspec in {spec.resource_dir} runs `{' '.join(spec.argv)}`"
    try:
        manager.start_kernel(cwd=cwd, env=env)
    except OSError as error:
        reason = f"{error.strerror}: {error.filename}" if error.filename else str(error)
        raise KernelFailure(
            f"the Deno kernel could not start ({reason}); {launcher}; {REGISTER_AGAIN}") from None
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=timeout)
    except RuntimeError:
        code = exit_code(manager)
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        if code is None:
            raise KernelFailure(
                f"the Deno kernel did not answer within {timeout:g} s of starting; {launcher}; "
                f"{REGISTER_AGAIN}, or try again when the machine is less busy") from None
        raise KernelFailure(
            f"the Deno kernel died while starting ({describe_exit(code)}); {launcher}; "
            f"{REGISTER_AGAIN}") from None
    return manager, client


class Execution:
    """One notebook run: the kernel's messages, filed under the cells they belong to."""

    def __init__(self, notebook, manager, client):
        self.notebook = notebook
        self.manager = manager
        self.client = client
        self.cell_of = {}  # request msg_id -> cell index
        self.idle = set()  # request msg_ids whose idle status has arrived
        self.displays = {}  # display_id -> [(cell index, output index)]
        self.clear_pending = set()  # cells with a clear_output(wait=True) not yet applied

    def handle(self, msg):
        parent = msg.get("parent_header", {}).get("msg_id")
        if parent not in self.cell_of:
            return
        index = self.cell_of[parent]
        cell = self.notebook.cells[index]
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status":
            if content["execution_state"] == "idle":
                self.idle.add(parent)
            return
        if kind == "clear_output":
            if content.get("wait"):
                self.clear_pending.add(index)
            else:
                cell.outputs = []
            return
        if kind == "update_display_data":
            display_id = content.get("transient", {}).get("display_id")
            for cell_index, output_index in self.displays.get(display_id, []):
                target = self.notebook.cells[cell_index].outputs[output_index]
                target["data"] = content["data"]
                target["metadata"] = content.get("metadata", {})
            return
        if kind not in ("stream", "display_data", "execute_result", "error"):
            return
        if index in self.clear_pending:
            cell.outputs = []
            self.clear_pending.discard(index)
        output = nbformat.v4.output_from_msg(msg)
        last = cell.outputs[-1] if cell.outputs else None
        if kind == "stream" and last and last.output_type == "stream" and last.name == output.name:
            last.text += output.text
            return
        cell.outputs.append(output)
        display_id = content.get("transient", {}).get("display_id")
        if display_id:
            self.displays.setdefault(display_id, []).append((index, len(cell.outputs) - 1))

    def drain(self, quiet_seconds):
        """Handles IOPub messages until none has come for quiet_seconds."""
        while True:
            try:
                self.handle(self.client.get_iopub_msg(timeout=quiet_seconds))
            except queue.Empty:
                return

    def check_kernel(self):
        """Raises CellFailure when the kernel's process has ended."""
        if not self.manager.is_alive():
            code = describe_exit(exit_code(self.manager))
            raise CellFailure(f"the kernel died while the cell ran ({code})")

    def run_cell(self, index, timeout):
        cell = self.notebook.cells[index]
        cell.outputs = []
        started = time.monotonic()
        msg_id = self.client.execute(cell.source, store_history=True, allow_stdin=False)
        self.cell_of[msg_id] = index
        deadline = time.monotonic() + timeout
        next_check = time.monotonic() + KERNEL_CHECK_SECONDS
        reply = None
        while reply is None or msg_id not in self.idle:
            now = time.monotonic()
            if now > deadline:
                raise CellFailure(f"timed out after {timeout:g} s")
            if now > next_check:
                self.check_kernel()
                next_check = now + KERNEL_CHECK_SECONDS
            try:
                self.handle(self.client.get_iopub_msg(timeout=POLL_SECONDS))
            except queue.Empty:
                pass
            if reply is None:
                try:
                    message = self.client.get_shell_msg(timeout=0)
                    if message["parent_header"].get("msg_id") == msg_id:
                        reply = message["content"]
                except queue.Empty:
                    pass
        self.drain(CELL_QUIET_SECONDS)
        cell.execution_count = reply.get("execution_count")
        # How long the cell ran, for `deno task bench --notebooks` (a learner waits this long).
        cell.metadata["execution_seconds"] = round(time.monotonic() - started, 3)
        # The kernel may report an error as an output (a value that fails to display) while
        # answering "ok": an error output fails the cell too.
        shown = next((o for o in cell.outputs if o.output_type == "error"), None)
        if reply["status"] != "error" and shown is not None:
            raise CellFailure(f"{shown.get('ename', 'Error')}: {shown.get('evalue', '')}")
        if reply["status"] == "error":
            if not any(o.output_type == "error" for o in cell.outputs):
                cell.outputs.append(nbformat.v4.new_output(
                    "error", ename=reply.get("ename", "Error"),
                    evalue=reply.get("evalue", ""), traceback=reply.get("traceback", [])))
            raise CellFailure(f"{reply.get('ename', 'Error')}: {reply.get('evalue', '')}")


def write_atomic(notebook, path):
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        nbformat.write(notebook, file)
    os.replace(temporary, path)


def execute(path, out_dir, timeout, start_timeout, kernel_cwd=None):
    """Runs one notebook; returns an error message, or None when every cell ran.

    The kernel runs in kernel_cwd, or else in the notebook's folder (its relative imports are
    read from there).
    """
    notebook = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    out_path = os.path.join(out_dir, name)
    env = dict(os.environ, NO_COLOR="1")
    started = time.monotonic()
    try:
        manager, client = start_kernel(
            kernel_cwd or os.path.dirname(os.path.abspath(path)), env, start_timeout)
    except KernelFailure as error:
        # No cell ran: a copy left by an earlier run must not pass for this run's.
        if os.path.exists(out_path):
            os.remove(out_path)
        return f"{name}: {error}"
    failure = None
    try:
        execution = Execution(notebook, manager, client)
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            try:
                execution.run_cell(index, timeout)
            except CellFailure as error:
                failure = f"{name}, cell {index + 1}: {error}"
                if "timed out" in str(error):
                    manager.interrupt_kernel()
                break
        execution.drain(FINAL_QUIET_SECONDS)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    os.makedirs(out_dir, exist_ok=True)
    write_atomic(notebook, out_path)
    seconds = time.monotonic() - started
    if not failure:
        sys.stderr.write(f"{name}: ran {len(notebook.cells)} cells in {seconds:.1f} s\n")
    return failure


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--timeout", type=float, default=900, help="seconds a cell may take")
    parser.add_argument("--start-timeout", type=float, default=START_TIMEOUT_SECONDS,
                        help="seconds the kernel may take to start")
    parser.add_argument("--kernel-cwd", help="the kernel's working directory (default: the "
                        "notebook's folder)")
    args = parser.parse_args()
    missing = [path for path in args.notebooks if not os.path.isfile(path)]
    for path in missing:
        sys.stderr.write(f"No notebook at {path}\n")
    if missing:
        return 2
    failed = []
    for path in args.notebooks:
        failure = execute(path, args.out_dir, args.timeout, args.start_timeout, args.kernel_cwd)
        if failure:
            sys.stderr.write(f"Failed: {failure}\n")
            failed.append(os.path.basename(path))
    if failed and len(args.notebooks) > 1:
        sys.stderr.write(f"{len(failed)} of {len(args.notebooks)} notebooks failed: "
                         f"{', '.join(failed)}\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
