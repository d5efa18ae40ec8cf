"""Worker processes for the batch: started, limited, heard from and killed, every wait with a deadline.

Why plain subprocess workers, long-lived, one per supervising thread
---------------------------------------------------------------------
Each file used to run in a ``multiprocessing`` forkserver child started from one of several threads. A
background batch of 1,000 reports hung in 2 of 4 runs (issue #16): a thread waited forever in
``Process.start()`` for the pid of its new child, while that child, done, waited to hand its result to the
same thread. The cause is in ``multiprocessing`` itself: ``Process.start()`` first polls *every* live
child of the process (``process._cleanup``), from whichever thread is starting one, and that poll races
with the thread that owns the child joining and closing it. When the owner closed its child in between,
the poll read the status pipe of the *next* child, whose descriptor number the kernel had just reused,
and took its pid: the starting thread then waited for a pid that had already been read (CPython
gh-130895 describes the same unlocked poll races). A thread-per-file design on top of ``multiprocessing``
cannot be made safe from outside, so the batch no longer uses it:

* each supervising thread owns exactly one worker, a ``python -m lkjip.corpus.isolation`` subprocess
  started with ``subprocess.Popen`` (no shared table of children, no forkserver, no pid handshake), and
  no other thread ever touches that worker's pipes;
* the worker imports the extractor once, then serves files one after the other over its own stdin and
  stdout (length-prefixed pickles): no process start per file (measured: 100 generated reports went
  through in 17 s with one worker and 21 s with two, against 25 s and 31 s with a forkserver child per
  file, on the same shared 2-core machine, alternating runs);
* every wait has a deadline: the worker must say it is ready within ``start_timeout``, answer each file
  within the file's ``timeout``, and exit within a few seconds of being told to; otherwise it is killed;
* a worker is replaced after :data:`MAX_TASKS` files, after a time-out, a crash or a memory breach, so a
  file never inherits a fragmented heap or a half-dead process.

Limits: the worker runs under ``RLIMIT_AS`` (``--memory-mb``, for each file it serves) and ignores SIGINT
(the batch decides what an interrupt means); ``PR_SET_PDEATHSIG`` kills it when its supervising thread's
process dies, so a batch killed with SIGKILL leaves no worker behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time

from lkjip.corpus.worker import FileTask, Finished, failed, load_extractor, run_task

STARTUP_LIMIT = 120.0  # seconds a worker may take to import the extractor and say it is ready
EXIT_LIMIT = 5.0  # seconds a worker told to stop (or killed) may take to exit
MAX_TASKS = 200  # files one worker serves before it is replaced
NOT_RESPONDING = "worker tidak merespons"

#: imported by each worker before it says it is ready (missing ones are skipped)
PRELOAD = ("lkjip.pipeline", "lkjip.extract.detect", "lkjip.extract.read_text", "lkjip.extract.read_pdf",
           "lkjip.extract.read_docx", "lkjip.validate", "lkjip.validate.facts", "lkjip.validate.direction",
           "lkjip.tables", "lkjip.corpus.store", "pandas", "pdfplumber", "pypdfium2", "docx")

_HEADER = struct.Struct("!Q")
_READY = b"ready"

_LIVE: set[subprocess.Popen] = set()  # every worker process of this process
_LIVE_LOCK = threading.Lock()
_STOP = threading.Event()  # set on interrupt: no new worker starts


class WorkerGone(Exception):
    """The worker died, or did not answer within its deadline (it has been killed)."""

    def __init__(self, reason: str, category: str = "worker"):
        super().__init__(reason)
        self.reason, self.category = reason, category


# --- inside the worker ---------------------------------------------------------------------------


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent exits (no orphans from a killed batch)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def limit_memory(memory_mb: int) -> None:
    """Limit this process's address space to ``memory_mb`` MB (0: no limit)."""
    if memory_mb and memory_mb > 0:
        soft = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def silence_output() -> None:
    """Send stdout/stderr to /dev/null: library chatter must not garble the progress bar or the protocol."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        with contextlib.suppress(OSError):
            os.dup2(devnull, fd)
    os.close(devnull)


def _write_frame(fd: int, payload: bytes) -> None:
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data):]


def _read_exact(fd: int, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _read_frame_blocking(fd: int) -> bytes | None:
    head = _read_exact(fd, _HEADER.size)
    return None if head is None else _read_exact(fd, _HEADER.unpack(head)[0])


def _answer(task: FileTask) -> Finished:
    try:
        return run_task(task)
    except MemoryError:  # finishing the report ran out of memory: a failed row, and a fresh worker next
        done = failed(task, "worker", "limit", f"memory limit of {task.memory_mb} MB exceeded")
        done.retire = True
        return done


def serve(memory_mb: int, extractor: str, parent: int) -> None:
    """The worker's main loop: ready, then one answer per task, until stdin closes."""
    die_with_parent()
    if os.getppid() != parent:  # the batch died before the line above
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides; Ctrl-C must not fake a failure
    inp, out = os.dup(0), os.dup(1)
    silence_output()
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            __import__(name)
    with contextlib.suppress(Exception):
        load_extractor(extractor)  # a broken extractor fails per file, with its reason
    limit_memory(memory_mb)
    _write_frame(out, _READY)
    while (frame := _read_frame_blocking(inp)) is not None:
        done = _answer(FileTask.model_validate_json(frame))
        _write_frame(out, pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        if done.retire:
            break


# --- in the batch: one worker, driven by one thread -----------------------------------------------


def death_reason(exitcode: int | None, memory_mb: int) -> str:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = "unknown"
        hint = f"; possibly the memory limit of {memory_mb} MB" if memory_mb and sig in (
            signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS) else ""
        return f"process died (signal {sig}, {name}{hint})"
    return f"process exited with code {exitcode} without a result"


def _worker_env() -> dict[str, str]:
    # the worker sees the modules this process sees (an extractor given as "module:function" included)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}


class Worker:
    """One worker process. Not thread-safe by design: exactly one thread drives it."""

    def __init__(self, memory_mb: int, extractor: str, start_timeout: float = STARTUP_LIMIT):
        self.memory_mb, self.extractor, self.start_timeout = memory_mb, extractor, start_timeout
        self.proc: subprocess.Popen | None = None
        self.served = 0
        self.ready_at = 0.0  # time.monotonic() when the current process said it was ready

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def start(self) -> None:
        """Start the worker and wait, at most ``start_timeout`` seconds, until it is ready."""
        if _STOP.is_set():
            raise WorkerGone("batch interrupted")
        cmd = [sys.executable, "-m", "lkjip.corpus.isolation", str(self.memory_mb), self.extractor, str(os.getpid())]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=_worker_env())
        self.served = 0
        with _LIVE_LOCK:
            _LIVE.add(self.proc)
        if self._read(time.monotonic() + self.start_timeout, "start") != _READY:
            self.kill()
            raise WorkerGone(f"{NOT_RESPONDING} (no answer from a new worker)")
        self.ready_at = time.monotonic()

    def run(self, task: FileTask) -> Finished:
        """One file through this worker: its answer, or a failed row when it died or overran (then killed)."""
        try:
            if self.proc is None:
                self.start()
            self._send(task)
            payload = self._read(time.monotonic() + task.timeout, "task", task)
        except BrokenPipeError:
            payload = None
        except WorkerGone as e:
            return failed(task, "worker", e.category, e.reason)
        if payload is None:
            return failed(task, "worker", "worker", death_reason(self._reap(), task.memory_mb))
        done: Finished = pickle.loads(payload)  # noqa: S301 - our own worker's answer
        self.served += 1
        if done.retire or self.served >= MAX_TASKS:
            self.close()
        return done

    def _send(self, task: FileTask) -> None:
        # a task is a few hundred bytes: the write fits the pipe's buffer and cannot block
        frame = task.model_dump_json().encode("utf-8")
        try:
            _write_frame(self.proc.stdin.fileno(), frame)
        except BrokenPipeError:
            if not self.served:
                raise
            # an idle worker died since its last file: that is not this file's fault, a fresh one serves it
            self._reap()
            self.start()
            _write_frame(self.proc.stdin.fileno(), frame)

    def _read(self, deadline: float, what: str, task: FileTask | None = None) -> bytes | None:
        """One frame from the worker by ``deadline`` (None: it died); past the deadline it is killed."""
        fd = self.proc.stdout.fileno()
        head = self._read_exact(fd, _HEADER.size, deadline, what, task)
        if head is None:
            return None
        return self._read_exact(fd, _HEADER.unpack(head)[0], deadline, what, task)

    def _read_exact(self, fd: int, n: int, deadline: float, what: str, task: FileTask | None) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or _STOP.is_set():
                self.kill()
                if _STOP.is_set():
                    raise WorkerGone("batch interrupted")
                if what == "start":
                    raise WorkerGone(f"{NOT_RESPONDING} (not ready within {self.start_timeout:g} s)")
                raise WorkerGone(f"timed out after {task.timeout:g} s", "limit")
            readable, _, _ = select.select([fd], [], [], min(remaining, 1.0))
            if not readable:
                continue
            chunk = os.read(fd, min(n - len(buf), 1 << 20))
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def _reap(self) -> int | None:
        """The exit code of a worker that closed its pipe (killed if it does not exit in time)."""
        proc, self.proc = self.proc, None
        try:
            return proc.wait(timeout=EXIT_LIMIT)
        except subprocess.TimeoutExpired:
            proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=EXIT_LIMIT)
            return proc.returncode
        finally:
            _forget(proc)

    def close(self) -> None:
        """Tell the worker to stop (end of its input); kill it if it does not exit in time."""
        if self.proc is None:
            return
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        self._reap()

    def kill(self) -> None:
        """SIGKILL the worker (it may be stuck in a C call that ignores every other signal)."""
        if self.proc is None:
            return
        with contextlib.suppress(OSError):
            self.proc.kill()
        self._reap()


def _forget(proc: subprocess.Popen) -> None:
    with _LIVE_LOCK:
        _LIVE.discard(proc)
    for f in (proc.stdin, proc.stdout):
        with contextlib.suppress(OSError):
            f.close()


def kill_all() -> None:
    """SIGKILL every worker of this process and start no new one (on interrupt)."""
    _STOP.set()
    with _LIVE_LOCK:
        live = list(_LIVE)
    for proc in live:
        with contextlib.suppress(OSError):
            proc.kill()


def reset() -> None:
    """Allow workers to start again (a new batch after an interrupted one, in the same process)."""
    _STOP.clear()


class Slot:
    """A supervising thread and its worker: takes tasks from the pool's queue, puts answers in its results.

    The thread is a daemon: should it ever be stuck beyond every deadline, the batch's watchdog
    (:meth:`Pool.overdue`) kills its worker, answers for its file and replaces the slot.
    """

    def __init__(self, pool: Pool, number: int):
        self.pool, self.number = pool, number
        self.worker = Worker(pool.memory_mb, pool.extractor, pool.start_timeout)
        self.lock = threading.Lock()
        #: the file being served, since when, and whether its worker had to be started for it
        self.current: tuple[FileTask, float, bool] | None = None
        self.abandoned = False
        self.thread = threading.Thread(target=self._loop, name=f"lkjip-worker-{number}", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        try:
            while not self.abandoned and (task := self.pool.next_task()) is not None:
                with self.lock:
                    self.current = (task, time.monotonic(), self.worker.proc is None)
                done = self.worker.run(task)
                with self.lock:
                    if self.abandoned:
                        return
                    seconds, self.current = time.monotonic() - self.current[1], None
                self.pool.results.put((task, done, seconds))
        finally:
            self.worker.close()  # only this thread ever touches its worker

    def elapsed(self) -> tuple[FileTask, float, bool] | None:
        """(file, seconds so far, whether a worker had to be started for it), or None when idle."""
        with self.lock:
            if self.current is None:
                return None
            task, since, starting = self.current
            return task, time.monotonic() - since, starting

    def abandon(self, task: FileTask) -> bool:
        """Give up on this slot's file (the watchdog answers for it); False if it was answered meanwhile."""
        with self.lock:
            if self.current is None or self.current[0] is not task:
                return False
            self.abandoned, self.current = True, None
        proc = self.worker.proc
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()  # Popen's own lock keeps this from racing with the slot's thread reaping it
        return True


class Pool:
    """``workers`` slots serving a list of tasks; answers come out of :attr:`results` as
    (task, Finished, seconds)."""

    def __init__(self, tasks: list[FileTask], workers: int, *, memory_mb: int, extractor: str,
                 start_timeout: float = STARTUP_LIMIT):
        import queue

        self.memory_mb, self.extractor, self.start_timeout = memory_mb, extractor, start_timeout
        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        for t in tasks:
            self._tasks.put(t)
        self.results: queue.SimpleQueue = queue.SimpleQueue()
        self._count = 0
        self.slots = [self._new_slot() for _ in range(min(workers, len(tasks)) or 1)]

    def _new_slot(self) -> Slot:
        self._count += 1
        return Slot(self, self._count)

    def next_task(self) -> FileTask | None:
        import queue

        if _STOP.is_set():
            return None
        try:
            return self._tasks.get_nowait()
        except queue.Empty:
            return None

    def busy(self) -> list[tuple[FileTask, float]]:
        """(file, seconds) of every file being served now, a worker's start not counted."""
        now, out = time.monotonic(), []
        for s in self.slots:
            if (e := s.elapsed()) is not None:
                since = now - e[1]
                out.append((e[0], now - max(since, s.worker.ready_at)))
        return out

    def overdue(self, limit_of) -> list[tuple[FileTask, Finished, None]]:
        """The watchdog: files served longer than ``limit_of(task, starting)`` seconds get a failed answer,
        their worker is killed and their slot replaced by a fresh one (its stuck thread is left behind)."""
        out = []
        for i, slot in enumerate(self.slots):
            got = slot.elapsed()
            if got is None or got[1] <= limit_of(got[0], got[2]):
                continue
            task = got[0]
            if slot.abandon(task):
                out.append((task, failed(task, "worker", "worker",
                                         f"{NOT_RESPONDING} (no answer after {got[1]:.0f} s)"), None))
                self.slots[i] = self._new_slot()
        return out

    def close(self, wait: float = EXIT_LIMIT) -> None:
        """Stop every slot: the threads end once their queue is empty; each closes its own worker."""
        deadline = time.monotonic() + wait
        for s in self.slots:
            s.thread.join(timeout=max(0.0, deadline - time.monotonic()))


def run_isolated(task: FileTask, start_timeout: float = STARTUP_LIMIT) -> Finished:
    """One file in a fresh worker of its own (Dask workers, the fuzzer, tests)."""
    w = Worker(task.memory_mb, task.extractor, start_timeout)
    try:
        return w.run(task)
    finally:
        w.close()


if __name__ == "__main__":  # the worker process: python -m lkjip.corpus.isolation MEMORY_MB EXTRACTOR PARENT_PID
    serve(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
