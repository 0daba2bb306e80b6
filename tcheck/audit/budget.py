"""A worker's budgets: memory for its process, time for each pair it checks.

Memory is RLIMIT_DATA, the kernel's cap on a process's private writable memory (heap and anonymous
maps). Past it an allocation fails inside the pair that asked: numpy raises MemoryError, and
onnxruntime or torch an error of their own, so the pair gets its error row and its memory is free
for the next. RLIMIT_AS is no use here: onnxruntime reserves address space that it never touches.
A library that aborts when an allocation fails kills its worker instead, which engine.feed turns
into the same error row; that is why budgeted pairs always run in worker processes.

Time is pipeline.deadline, checked before each stage of a pair's check: past it the check ends at
its next stage, as the service's --check-timeout does.
"""
from __future__ import annotations

MEMORY_GIB = 4.0  # per worker process, models included (a 10,000-sentence pair peaks near 750 MB)
PAIR_TIMEOUT = 600.0  # seconds per pair; a news story takes seconds, a 10,000-sentence pair minutes


def limit_memory(limit: int | None) -> None:
    """Cap this process's data segment at `limit` bytes (None: leave it)."""
    try:
        import resource
    except ImportError:  # Windows: no budget
        return
    if not limit or not hasattr(resource, "RLIMIT_DATA"):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))



def gib(n: float) -> int | None:
    """--worker-memory's GiB in bytes; 0 (or inf): no cap."""
    return int(n * 1024**3) if 0 < n < float("inf") else None


def out_of_memory(limit: int | None) -> str:
    return f"it needed more memory than its worker's budget ({(limit or 0) / 1024**3:g} GiB; --worker-memory)"
