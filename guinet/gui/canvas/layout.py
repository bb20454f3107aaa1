"""Left-to-right layered layout for "Arrange" (pure Python, no Qt, so it is easy to test).

The classic Sugiyama recipe, kept small for the networks people draw here (tens of nodes):

1. layers: each node's column is the length of the longest path reaching it from a node with no
   inputs, so every edge points right; the Output layer goes to the last column;
2. order within a column: start from the current vertical order (Arrange keeps what the user already
   arranged), then sweep right and left a few times sorting by the barycentre (mean position) of the
   neighbours in the columns already placed, keeping the order with the fewest edge crossings;
3. coordinates: columns a fixed distance apart; nodes in a column stacked by their heights and the
   column centred on the network's middle line, so a plain chain comes out as one straight row.

``spread_layout`` is the quick version for a network whose layers all sit on one spot (a file written
by hand or by a program, without positions): steps 1 and 3 only, in linear time, with the columns
wrapped into bands so that a chain of thousands of layers stays within the canvas.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Mapping, Sequence

Pos = tuple[float, float]


def longest_path_layers(nodes: Sequence[str], edges: Iterable[tuple[str, str]],
                        sinks_last: Iterable[str] = ()) -> dict[str, int]:
    """Column of each node: 0 for nodes with no inputs, else 1 + the largest column of its inputs.
    Nodes in ``sinks_last`` (the Output layer) move to the last column when nothing follows them."""
    # Linear in the size of the network (sets, a deque, one running maximum): spread_layout runs it
    # on networks of thousands of layers.
    known = set(nodes)
    edges = [(s, d) for s, d in edges if s in known and d in known]
    preds: dict[str, list[str]] = {n: [] for n in nodes}
    succs: dict[str, list[str]] = {n: [] for n in nodes}
    for s, d in edges:
        preds[d].append(s)
        succs[s].append(d)
    layer: dict[str, int] = {}
    indegree = {n: len(preds[n]) for n in nodes}
    ready = deque(n for n in nodes if indegree[n] == 0)
    while ready:
        n = ready.popleft()
        layer[n] = max((layer[p] + 1 for p in preds[n]), default=0)
        for m in succs[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
    top = max(layer.values(), default=-1)
    for n in nodes:  # a cycle (never made by the editor) must not lose nodes: put them after the rest
        if n not in layer:
            top += 1
            layer[n] = top
    last = max(layer.values(), default=0)
    for n in sinks_last:
        if n in layer and not succs[n] and preds[n]:
            layer[n] = last
    return layer


def count_crossings(columns: Sequence[Sequence[str]], edges: Iterable[tuple[str, str]]) -> int:
    """Edge crossings between neighbouring columns (edges that skip columns are counted between their
    own end columns, by position; good enough to compare orderings)."""
    where: dict[str, tuple[int, int]] = {}
    for c, column in enumerate(columns):
        for i, n in enumerate(column):
            where[n] = (c, i)
    segs = []
    for s, d in edges:
        if s in where and d in where:
            segs.append((where[s][0], where[s][1], where[d][0], where[d][1]))
    crossings = 0
    for i in range(len(segs)):
        c1, a1, e1, b1 = segs[i]
        for j in range(i + 1, len(segs)):
            c2, a2, e2, b2 = segs[j]
            if (c1, e1) != (c2, e2):
                continue
            if (a1 - a2) * (b1 - b2) < 0:
                crossings += 1
    return crossings


def order_columns(layers: Mapping[str, int], edges: Iterable[tuple[str, str]],
                  initial_y: Mapping[str, float] | None = None, sweeps: int = 6) -> list[list[str]]:
    """Nodes of each column, top to bottom, ordered to reduce crossings (barycentre sweeps)."""
    edges = [(s, d) for s, d in edges if s in layers and d in layers]
    n_cols = max(layers.values(), default=-1) + 1
    node_order = list(layers)
    initial_y = initial_y or {}
    columns: list[list[str]] = [[] for _ in range(n_cols)]
    for n in sorted(node_order, key=lambda n: (initial_y.get(n, 0.0), node_order.index(n))):
        columns[layers[n]].append(n)
    preds: dict[str, list[str]] = {n: [] for n in layers}
    succs: dict[str, list[str]] = {n: [] for n in layers}
    for s, d in edges:
        preds[d].append(s)
        succs[s].append(d)

    best = [list(c) for c in columns]
    best_crossings = count_crossings(best, edges)
    for sweep in range(sweeps):
        forward = sweep % 2 == 0
        col_range = range(1, n_cols) if forward else range(n_cols - 2, -1, -1)
        for c in col_range:
            index = {n: i for column in columns for i, n in enumerate(column)}
            neighbours = preds if forward else succs

            def barycentre(n: str, c: int = c) -> float:
                near = [index[m] for m in neighbours[n]]
                return sum(near) / len(near) if near else float(columns[c].index(n))

            columns[c] = sorted(columns[c], key=lambda n: (barycentre(n), columns[c].index(n)))
        crossings = count_crossings(columns, edges)
        if crossings < best_crossings:
            best, best_crossings = [list(c) for c in columns], crossings
    return best


def layered_layout(nodes: Sequence[str], edges: Iterable[tuple[str, str]], *,
                   sizes: Mapping[str, tuple[float, float]] | None = None,
                   current: Mapping[str, Pos] | None = None, sinks_last: Iterable[str] = (),
                   column_gap: float = 80.0, row_gap: float = 40.0, grid: float = 20.0) -> dict[str, Pos]:
    """Top-left positions for every node, columns from left to right.

    ``sizes``: (width, height) per node (default 160 x 80); ``current``: positions now, used for the
    starting order within columns and to keep the arranged network where it was (its top-left corner
    stays put); positions snap to ``grid``.
    """
    nodes = list(nodes)
    if not nodes:
        return {}
    edges = [(s, d) for s, d in edges]
    sizes = sizes or {}
    current = current or {}
    layers = longest_path_layers(nodes, edges, sinks_last)
    columns = order_columns(layers, edges, {n: p[1] for n, p in current.items()})

    def size(n: str) -> tuple[float, float]:
        return sizes.get(n, (160.0, 80.0))

    col_width = [max((size(n)[0] for n in column), default=0.0) for column in columns]
    # Every node gets a slot of the same height and each column is centred on the fullest one: tops
    # (and so the ports, which sit at a fixed height on a card) line up, a chain is one straight row
    # and branches fan out symmetrically around it.
    slot = max(size(n)[1] for n in nodes) + row_gap
    fullest = max(len(column) for column in columns)
    out: dict[str, Pos] = {}
    x = 0.0
    for c, column in enumerate(columns):
        y = (fullest - len(column)) * slot / 2
        for n in column:
            out[n] = (x, y)
            y += slot
        x += col_width[c] + column_gap

    # Keep the network where it was: the arranged top-left corner lands on the old one.
    if current:
        known = [current[n] for n in nodes if n in current]
        if known:
            ox, oy = min(p[0] for p in known), min(p[1] for p in known)
            out = {n: (p[0] + ox, p[1] + oy) for n, p in out.items()}

    def snap(v: float) -> float:
        return round(v / grid) * grid if grid else v

    return {n: (snap(p[0]), snap(p[1])) for n, p in out.items()}


def spread_layout(nodes: Sequence[str], edges: Iterable[tuple[str, str]], *, sinks_last: Iterable[str] = (),
                  column_step: float = 200.0, row_step: float = 120.0, band_gap: float = 80.0,
                  columns_per_band: int = 25) -> dict[str, Pos]:
    """Top-left positions for every node: longest-path columns ``column_step`` apart, nodes of a column
    ``row_step`` apart in the order given, and every ``columns_per_band`` columns a new band below the
    last (so a 2,000-layer chain is 81 rows of 25 cards, not one row 400,000 units long)."""
    nodes = list(nodes)
    if not nodes:
        return {}
    layers = longest_path_layers(nodes, list(edges), sinks_last)
    n_cols = max(layers.values()) + 1
    columns: list[list[str]] = [[] for _ in range(n_cols)]
    for n in nodes:
        columns[layers[n]].append(n)
    out: dict[str, Pos] = {}
    top = 0.0
    for first in range(0, n_cols, columns_per_band):
        band = columns[first:first + columns_per_band]
        fullest = max(len(column) for column in band)
        for i, column in enumerate(band):
            y = top + (fullest - len(column)) * row_step / 2  # centred on the band's middle line
            for n in column:
                out[n] = (i * column_step, y)
                y += row_step
        top += fullest * row_step + band_gap
    return out
