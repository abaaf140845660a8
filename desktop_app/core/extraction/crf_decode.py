"""The best tag path of a linear-chain CRF, for a padded batch, in numpy.

LAC's model gives each character a score per tag (emissions); its CRF adds a score per pair
of neighbouring tags (transitions). The best path maximises the sum of both. Two exact
shortcuts make the decode cheap, each proved where it is used:

- **Anchors.** A character whose best tag beats every other by more than twice the spread
  of the transition scores has that tag on the best path whatever its neighbours are, so
  such characters (about nine in ten of LAC's on news) are settled without a search, and
  only the runs between them are searched, all runs of the batch together.
- **Pruning.** Inside a run, a tag whose score trails the best by more than the spread can
  be nobody's best predecessor, so only the few best are tried at each step.

Ties go to the lowest tag, as in a full search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


def viterbi(emissions: NDArray[np.float32], lengths: NDArray[np.int64],
            transitions: NDArray[np.float32], keep: int = 4) -> NDArray[np.int64]:
    """Best tag paths of a padded batch: ``emissions`` (B, T, K), ``lengths`` (B,),
    ``transitions`` (K, K) from → to. Positions past a row's length are left at 0.

    An anchor at ``t`` (best emission ahead of the runner-up by more than twice the spread
    ``s``) is on the best path: swapping any other tag ``b`` for the best ``a`` there gains
    more than ``2s`` in emission and loses at most ``s`` on each of the two transitions."""
    import numpy as np

    batch, width, n_tags = emissions.shape
    paths = np.zeros((batch, width), dtype=np.int64)
    if width == 0 or batch == 0:
        return paths
    lengths = np.asarray(lengths, dtype=np.int64)
    spread = float(transitions.max() - transitions.min())
    valid = np.arange(width)[None, :] < lengths[:, None]
    best = emissions.argmax(axis=2)
    if n_tags > 1:
        two = np.partition(emissions, n_tags - 2, axis=2)[:, :, n_tags - 2:]
        anchored = (two[:, :, 1] - two[:, :, 0] > 2 * spread) & valid
    else:
        anchored = valid.copy()
    paths[anchored] = best[anchored]
    # The runs of unsettled characters, row by row: (row, start, end).
    edges = np.zeros((batch, width + 2), dtype=np.int8)
    edges[:, 1:-1] = valid & ~anchored
    steps = np.diff(edges, axis=1)
    run_rows, run_starts = np.nonzero(steps == 1)
    _rows, run_ends = np.nonzero(steps == -1)  # row-major: pairs with the starts
    if not len(run_rows):
        return paths
    run_lengths = run_ends - run_starts
    span = int(run_lengths.max())
    at = np.minimum(run_starts[:, None] + np.arange(span)[None, :], width - 1)
    scores = emissions[run_rows[:, None], at]  # (runs, span, K); past a run's end: unused
    # The anchor before a run is its first step's predecessor, the one after its last
    # step's successor (none at a row's ends).
    before = run_starts > 0
    after = run_ends < lengths[run_rows]
    first = np.zeros((len(run_rows), n_tags), dtype=emissions.dtype)
    first[before] = transitions[best[run_rows[before], run_starts[before] - 1]]
    last = np.zeros_like(first)
    last[after] = transitions[:, best[run_rows[after], run_ends[after]]].T
    found = _search(scores, run_lengths, transitions, first, last, keep, spread)
    inside = np.arange(span)[None, :] < run_lengths[:, None]
    paths[run_rows[:, None].repeat(span, 1)[inside], at[inside]] = found[inside]
    return paths


def _search(emissions: NDArray[np.float32], lengths: NDArray[np.int64],
            transitions: NDArray[np.float32], first: NDArray[np.float32],
            last: NDArray[np.float32], keep: int, spread: float) -> NDArray[np.int64]:
    """Viterbi over a padded batch, loop over time only; ``first`` (B, K) is added to the
    first step's scores and ``last`` (B, K) to each row's final scores (the anchors around
    a run). Positions past a length keep the score they had, so each row's path is exactly
    the unpadded one's.

    Pruning: when every row's (``keep`` + 1)-th best score trails its best by more than
    the ``spread`` of the transitions, only the ``keep`` best are tried (LAC's transitions span
    0.4, its scores several units: nearly every step)."""
    import numpy as np

    batch, width, n_tags = emissions.shape
    paths = np.zeros((batch, width), dtype=np.int64)
    identity = np.arange(n_tags)
    rows = np.arange(batch)[:, None]
    back = np.empty((width, batch, n_tags), dtype=np.int64)
    to_from = np.ascontiguousarray(transitions.T)[None]  # reduce over the last axis: faster
    prune = n_tags > 2 * keep
    score = emissions[:, 0] + first
    cand = np.empty((batch, n_tags, n_tags), dtype=emissions.dtype)
    full = int(lengths.min())  # up to here every row is active: no masking
    for t in range(1, width):
        best_from = None
        if prune:
            part = np.argpartition(score, n_tags - keep - 1, axis=1)
            runner_up = np.take_along_axis(score, part[:, n_tags - keep - 1:n_tags - keep], 1)
            if (runner_up[:, 0] < score.max(axis=1) - spread).all():
                top = np.sort(part[:, n_tags - keep:], axis=1)
                tried = np.take_along_axis(score, top, 1)[:, :, None] + transitions[top]
                pick = tried.argmax(axis=1)  # (B, to): a position in top
                best_from = top[rows, pick]
                new = tried[rows, pick, identity]
        if best_from is None:
            np.add(score[:, None, :], to_from, out=cand)  # (B, to, from)
            best_from = cand.argmax(axis=2)
            new = np.take_along_axis(cand, best_from[:, :, None], axis=2)[:, :, 0]
        new += emissions[:, t]
        if t < full:
            score = new
            back[t] = best_from
        else:
            active = (t < lengths)[:, None]
            score = np.where(active, new, score)
            back[t] = np.where(active, best_from, identity)
    end = (score + last).argmax(axis=1)
    flat_rows = rows[:, 0]
    paths[:, width - 1] = end
    for t in range(width - 1, 0, -1):
        end = back[t, flat_rows, end]
        paths[:, t - 1] = end
    # A row shorter than the batch: its path ends at its own last position.
    return paths
